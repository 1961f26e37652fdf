import type { FaultableRoute, FaultRule, Route } from './types.js';

const FAULTABLE: ReadonlySet<Route> = new Set<FaultableRoute>([
  'retrieve',
  'retrieve_content',
  'list',
  'storage',
  'backup_storage',
]);

/**
 * Active fault rules. The most recently added matching rule wins, so a test can layer a specific fault over a
 * global one; a rule with `times` is used up after that many matches.
 */
export class FaultStore {
  #rules: FaultRule[] = [];

  constructor(initial: readonly FaultRule[] = []) {
    for (const rule of initial) this.add(rule);
  }

  add(rule: FaultRule): void {
    this.#rules.push({ ...validateFaultRule(rule) });
  }

  clear(): void {
    this.#rules = [];
  }

  list(): FaultRule[] {
    return this.#rules.map((rule) => ({ ...rule }));
  }

  /** The rule for this request, counting it against `times`. */
  take(route: Route, fileId: string | undefined): FaultRule | undefined {
    if (!FAULTABLE.has(route)) return undefined;
    for (let index = this.#rules.length - 1; index >= 0; index--) {
      const rule = this.#rules[index];
      if (!rule) continue;
      if (rule.route && rule.route !== route) continue;
      if (rule.fileId && rule.fileId !== fileId) continue;
      if (rule.times !== undefined) {
        rule.times -= 1;
        if (rule.times <= 0) this.#rules.splice(index, 1);
      }
      return rule;
    }
    return undefined;
  }
}

const NUMBER_FIELDS = [
  'times',
  'statusCode',
  'httpStatus',
  'retryAfterSeconds',
  'latencyMs',
  'slowDripBytesPerSecond',
] as const;
const BOOLEAN_FIELDS = ['hang', 'malformedJson', 'truncateBody', 'resetConnection'] as const;
const STRING_FIELDS = ['statusMsg', 'httpBody'] as const;
const KNOWN_FIELDS = new Set<string>([
  'fileId',
  'route',
  ...NUMBER_FIELDS,
  ...BOOLEAN_FIELDS,
  ...STRING_FIELDS,
]);

/** Rejects rules with unknown fields or wrong types, so a typo in a test fails loudly instead of doing nothing. */
export function validateFaultRule(input: unknown): FaultRule {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError('a fault rule must be a JSON object');
  }
  const rule = input as Record<string, unknown>;
  for (const key of Object.keys(rule)) {
    if (!KNOWN_FIELDS.has(key)) throw new TypeError(`unknown fault rule field: ${key}`);
  }
  for (const key of NUMBER_FIELDS) {
    if (rule[key] !== undefined && (typeof rule[key] !== 'number' || !Number.isFinite(rule[key]))) {
      throw new TypeError(`${key} must be a number`);
    }
  }
  for (const key of BOOLEAN_FIELDS) {
    if (rule[key] !== undefined && typeof rule[key] !== 'boolean')
      throw new TypeError(`${key} must be a boolean`);
  }
  for (const key of STRING_FIELDS) {
    if (rule[key] !== undefined && typeof rule[key] !== 'string')
      throw new TypeError(`${key} must be a string`);
  }
  if (rule.fileId !== undefined) {
    if (typeof rule.fileId === 'number' && Number.isSafeInteger(rule.fileId))
      rule.fileId = String(rule.fileId);
    if (typeof rule.fileId !== 'string' || !/^\d+$/.test(rule.fileId)) {
      throw new TypeError('fileId must be a decimal string');
    }
    rule.fileId = BigInt(rule.fileId).toString();
  }
  if (rule.route !== undefined && !FAULTABLE.has(rule.route as Route)) {
    throw new TypeError(`route must be one of ${[...FAULTABLE].join(', ')}`);
  }
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && (rule.times as number) >= 1)) {
    throw new TypeError('times must be a positive integer');
  }
  for (const key of ['latencyMs', 'retryAfterSeconds', 'slowDripBytesPerSecond'] as const) {
    if (rule[key] !== undefined && (rule[key] as number) < 0)
      throw new TypeError(`${key} must not be negative`);
  }
  if (rule.httpStatus !== undefined && !isHttpStatus(rule.httpStatus)) {
    throw new TypeError('httpStatus must be an integer from 200 to 599');
  }
  return rule as FaultRule;
}

function isHttpStatus(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 200 && (value as number) <= 599;
}
