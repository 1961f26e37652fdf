import { SEEDED } from '@minimax-files/emulator';
import { expectFile } from './graphql.js';
import { cpuPerRequest, interleavedRounds, requestRates } from './interleaved.js';
import type { MeasureContext } from './measure.js';
import { fileRequestBody } from './queries.js';
import { type Row, roundRatio } from './report.js';
import { AUTH_HEADERS } from './stack.js';
import { median } from './stats.js';

const CONNECTIONS = 50;

export interface VariantRow<K extends string> {
  side: K;
  measure: string;
  /** The least ratio of this side's req/s to the reference side's that meets the row. */
  target: number;
}

export interface GatewayVariants<K extends string> {
  /** Gateways differing in one setting, all over the same emulator. */
  gateways: Record<K, { url: string; pid: number }>;
  /** The side every row is compared with, and how the table names it and its ratio. */
  reference: { side: K; name: string; label: string };
  rows: readonly VariantRow<K>[];
  details?: Record<string, unknown>;
}

/**
 * What one setting costs the hot path: cached `file(id)` req/s at 50 connections through gateways that differ only
 * in it, rounds interleaved, each side checked to answer the seeded file first. One row per variant, as a ratio of
 * the reference side's req/s, with the servers' CPU per request beside it.
 */
export async function compareGatewayVariants<K extends string>(
  { gateways, reference, rows, details: extra = {} }: GatewayVariants<K>,
  { options, log }: MeasureContext,
): Promise<Row[]> {
  const body = fileRequestBody(SEEDED.speechWav);
  const targets = {} as Record<K, { url: string; headers: Record<string, string>; serverPid: number }>;
  for (const name of Object.keys(gateways) as K[]) {
    const url = `${gateways[name].url}/graphql`;
    await expectFile(url, body, AUTH_HEADERS, SEEDED.speechWav);
    targets[name] = { url, headers: AUTH_HEADERS, serverPid: gateways[name].pid };
  }
  const results = await interleavedRounds(targets, { body, connections: CONNECTIONS, options, log });
  const rps = {} as Record<K, number[]>;
  const cpu = {} as Record<K, number[]>;
  for (const name of Object.keys(results) as K[]) {
    rps[name] = requestRates(results[name]);
    cpu[name] = cpuPerRequest(results[name]);
  }
  const baseline = { name: reference.name, figure: median(rps[reference.side]), unit: 'req/s' };
  const details = { connections: CONNECTIONS, rps, cpu, ...extra };
  return rows.map(({ side, measure, target }) => {
    const ratio = roundRatio(rps[side], rps[reference.side]);
    return {
      measure,
      figure: median(rps[side]),
      unit: 'req/s',
      baseline,
      ...ratio,
      target: `≥ ${target}× ${reference.label}`,
      met: ratio.comparisonValue >= target,
      cpuMicros: { figure: median(cpu[side]), baseline: median(cpu[reference.side]) },
      details,
    };
  });
}
