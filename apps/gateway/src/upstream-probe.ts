/**
 * Whether the upstream answers at all: one unauthenticated request to its origin (any HTTP status counts,
 * no API key is sent, no quota is used), remembered for a few seconds so probes cannot hammer the upstream.
 */
export interface UpstreamProbeOptions {
  baseURL: string;
  timeoutMs?: number;
  rememberMs?: number;
}

export function createUpstreamProbe({
  baseURL,
  timeoutMs = 2_000,
  rememberMs = 5_000,
}: UpstreamProbeOptions) {
  const origin = new URL(baseURL).origin;
  let last: { at: number; reachable: boolean } | undefined;
  let pending: Promise<boolean> | undefined;

  const probe = async (): Promise<boolean> => {
    try {
      const response = await fetch(origin, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel();
      return true;
    } catch {
      return false;
    }
  };

  return function isUpstreamReachable(): Promise<boolean> {
    if (last && Date.now() - last.at < rememberMs) return Promise.resolve(last.reachable);
    pending ??= probe().then((reachable) => {
      last = { at: Date.now(), reachable };
      pending = undefined;
      return reachable;
    });
    return pending;
  };
}
