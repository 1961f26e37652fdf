import { z } from 'zod';
import { parseHostPatterns } from './download-hosts.js';
import { MiniMaxFilesConfigError } from './facts/errors.js';

/** The contract's ceiling for MINIMAX_TIMEOUT_MS. */
export const MAX_TIMEOUT_MS = 30_000;
/** More retries than this only multiply the load on a struggling upstream. */
export const MAX_RETRIES_LIMIT = 10;

const text = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const wholeNumber = (min: number, max: number) =>
  text.transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (/^\d+$/.test(raw) && Number.isSafeInteger(value) && value >= min && value <= max) return value;
    ctx.addIssue({ code: 'custom', message: `expected a whole number from ${min} to ${max}, got "${raw}"` });
    return z.NEVER;
  });

const httpUrl = text.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return raw;
  } catch {}
  // The value is not echoed: a URL may carry credentials.
  ctx.addIssue({ code: 'custom', message: 'expected an http(s) URL' });
  return z.NEVER;
});

/** The one reader of the MINIMAX_* variables: core, the gateway and the command line all parse them here. */
const MINIMAX_ENV = z.object({
  MINIMAX_API_KEY: text,
  MINIMAX_BASE_URL: httpUrl,
  MINIMAX_TIMEOUT_MS: wholeNumber(1, MAX_TIMEOUT_MS),
  MINIMAX_MAX_RETRIES: wholeNumber(0, MAX_RETRIES_LIMIT),
  MINIMAX_DOWNLOAD_HOSTS: text.transform((raw) => (raw === undefined ? undefined : parseHostPatterns(raw))),
});

/** What the environment says, as client options (a variable that is unset or blank is left out). */
export interface MiniMaxEnvOptions {
  apiKey?: string;
  baseURL?: string;
  timeoutMs?: number;
  maxRetries?: number;
  downloadHosts?: string[];
}

export type Env = Record<string, string | undefined>;

/**
 * Every problem with the MINIMAX_* variables at once (`NAME: what was expected`), for a caller collecting its own,
 * and the options from the variables that are fine.
 */
export function parseMiniMaxEnv(env: Env): { options: MiniMaxEnvOptions; problems: string[] } {
  const problems: string[] = [];
  const read = <T>(name: keyof typeof MINIMAX_ENV.shape, schema: z.ZodType<T | undefined>): T | undefined => {
    const result = schema.safeParse(env[name]);
    if (result.success) return result.data;
    problems.push(...result.error.issues.map((issue) => `${name}: ${issue.message}`));
    return undefined;
  };
  const { shape } = MINIMAX_ENV;
  const candidates: MiniMaxEnvOptions = {
    apiKey: read('MINIMAX_API_KEY', shape.MINIMAX_API_KEY),
    baseURL: read('MINIMAX_BASE_URL', shape.MINIMAX_BASE_URL),
    timeoutMs: read('MINIMAX_TIMEOUT_MS', shape.MINIMAX_TIMEOUT_MS),
    maxRetries: read('MINIMAX_MAX_RETRIES', shape.MINIMAX_MAX_RETRIES),
    downloadHosts: read('MINIMAX_DOWNLOAD_HOSTS', shape.MINIMAX_DOWNLOAD_HOSTS),
  };
  const options = Object.fromEntries(
    Object.entries(candidates).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  ) as MiniMaxEnvOptions;
  return { options, problems };
}

/** The MINIMAX_* variables as client options; a MiniMaxFilesConfigError naming every problem otherwise. */
export function readMiniMaxEnv(env: Env): MiniMaxEnvOptions {
  const { options, problems } = parseMiniMaxEnv(env);
  if (problems.length > 0)
    throw new MiniMaxFilesConfigError(`Invalid MINIMAX_* configuration: ${problems.join('; ')}`);
  return options;
}
