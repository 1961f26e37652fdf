// The emulator as its own process, started through its programmatic API so the bench controls every option
// (key, large file size, quiet) whatever the CLI's variables are.
import { startEmulator } from '@minimax-files/emulator';

const emulator = await startEmulator({
  port: Number(process.env.PORT),
  host: process.env.HOST ?? '127.0.0.1',
  apiKey: process.env.EMULATOR_API_KEY,
  largeFileBytes: process.env.EMULATOR_LARGE_FILE_BYTES
    ? Number(process.env.EMULATOR_LARGE_FILE_BYTES)
    : undefined,
  quiet: true,
});
process.on('SIGTERM', () => {
  void emulator.close().finally(() => process.exit(0));
});
