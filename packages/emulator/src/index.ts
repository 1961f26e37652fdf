export { bufferContent, type FileContent, patternContent, readRange } from './catalogue/content.js';
export {
  type CatalogueEntry,
  createCatalogue,
  DEFAULT_LARGE_FILE_BYTES,
  MISSING_FILE_ID,
  PURPOSES,
  type Purpose,
  SEEDED,
} from './catalogue/seeded.js';
export { EmulatorControlClient } from './control-client.js';
export { DEFAULT_API_KEY, DEFAULT_LINK_TTL_SECONDS, startEmulator } from './emulator.js';
export type {
  Emulator,
  EmulatorOptions,
  FaultableRoute,
  FaultRule,
  RequestLogEntry,
  Route,
} from './types.js';
