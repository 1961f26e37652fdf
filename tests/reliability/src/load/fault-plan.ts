import type { FaultRule } from '@minimax-files/emulator';
import type { FileResultMember } from '../harness/file-result.js';

/** One kind of injected fault and the union member the gateway must answer it with. */
export interface PlannedFault {
  name: string;
  rule: Omit<FaultRule, 'fileId' | 'route'>;
  member: FileResultMember;
}

/** The mix used under load: mostly quick refusals, some retried failures, a few hangs and drips. */
export const LOAD_FAULTS: readonly PlannedFault[] = [
  { name: '1004', rule: { statusCode: 1004 }, member: 'AuthenticationFailed' },
  { name: '1008', rule: { statusCode: 1008 }, member: 'InsufficientBalance' },
  { name: '1026', rule: { statusCode: 1026 }, member: 'ContentRejected' },
  { name: '2013', rule: { statusCode: 2013 }, member: 'InvalidFileId' },
  { name: '4242', rule: { statusCode: 4242 }, member: 'UpstreamError' },
  { name: 'malformed', rule: { malformedJson: true }, member: 'UpstreamError' },
  { name: 'truncated', rule: { truncateBody: true }, member: 'UpstreamError' },
  { name: '404 html', rule: { httpStatus: 404, httpBody: '<html>nope</html>' }, member: 'UpstreamError' },
  { name: '429 long', rule: { httpStatus: 429, retryAfterSeconds: 600 }, member: 'RateLimited' },
  { name: '500', rule: { httpStatus: 500 }, member: 'UpstreamError' },
  { name: '503', rule: { httpStatus: 503 }, member: 'UpstreamError' },
  { name: '1002', rule: { statusCode: 1002 }, member: 'RateLimited' },
  { name: '1001', rule: { statusCode: 1001 }, member: 'UpstreamTimeout' },
  { name: 'reset', rule: { resetConnection: true }, member: 'UpstreamError' },
  { name: 'hang', rule: { hang: true }, member: 'UpstreamTimeout' },
  { name: 'latency', rule: { latencyMs: 50 }, member: 'FileNotFound' },
];

/** Ids that carry a fault: outside the catalogue, so without the fault they would be FileNotFound. */
export function faultedIds(count: number): { id: string; fault: PlannedFault }[] {
  return Array.from({ length: count }, (_, index) => ({
    id: String(8_100_000_000_000_000n + BigInt(index)),
    fault: LOAD_FAULTS[index % LOAD_FAULTS.length] as PlannedFault,
  }));
}
