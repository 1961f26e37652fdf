import { generateFiles, MAX_GENERATED_FILES } from './catalogue/generated.js';
import { PURPOSES, type Purpose } from './catalogue/seeded.js';
import type { EmulatorState } from './state.js';

export type GeneratedCounts = Partial<Record<Purpose, number>>;

/**
 * Makes the account hold `count` generated files of `purpose` besides the seeded ones, replacing the ones
 * generated for that purpose before (0 removes them). Generated files are listed, retrieved and downloaded like
 * seeded ones. Throws a RangeError for an unknown purpose or a count outside 0..MAX_GENERATED_FILES.
 */
export function setGeneratedFiles(state: EmulatorState, purpose: string, count: number): void {
  const purposeIndex = PURPOSES.indexOf(purpose as Purpose);
  if (purposeIndex < 0)
    throw new RangeError(`unknown purpose ${JSON.stringify(purpose)}: one of ${PURPOSES.join(', ')}`);
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_GENERATED_FILES)
    throw new RangeError(`count must be a whole number from 0 to ${MAX_GENERATED_FILES}`);
  for (const id of state.generated.get(purpose as Purpose) ?? []) state.catalogue.delete(id);
  const entries = generateFiles(purpose as Purpose, purposeIndex, count);
  for (const entry of entries) state.catalogue.set(entry.id, entry);
  if (count === 0) state.generated.delete(purpose as Purpose);
  else
    state.generated.set(
      purpose as Purpose,
      entries.map((entry) => entry.id),
    );
}

export function generatedCounts(state: EmulatorState): GeneratedCounts {
  return Object.fromEntries([...state.generated].map(([purpose, ids]) => [purpose, ids.length]));
}
