import type cliProgress from 'cli-progress';
import { iecBytes } from './iec-bytes.js';

/** A transfer's progress on stderr: bytes, rate and time left, redrawn at most REDRAWS_PER_SECOND times. */
export interface Progress {
  start(totalBytes: number | null, startBytes: number): void;
  update(bytes: number): void;
  stop(): void;
}

const REDRAWS_PER_SECOND = 10;
const NO_PROGRESS: Progress = { start() {}, update() {}, stop() {} };

/** A progress bar only when stderr is a terminal: piped or redirected, stderr carries nothing but errors. */
export async function progressOn(stream: NodeJS.WritableStream & { isTTY?: boolean }): Promise<Progress> {
  if (stream.isTTY !== true) return NO_PROGRESS;
  // Loaded only for a terminal: a script's download does not pay for it. A CommonJS package: Node gives ESM
  // importers its module.exports as the default export only.
  const { Format, SingleBar } = (await import('cli-progress')).default;
  let bar: cliProgress.SingleBar | undefined;
  let startedAt = 0;
  let startBytes = 0;
  let known = false;
  return {
    start(totalBytes, initialBytes) {
      startedAt = performance.now();
      startBytes = initialBytes;
      known = totalBytes !== null && totalBytes > 0;
      bar = new SingleBar({
        stream,
        fps: REDRAWS_PER_SECOND,
        barsize: 30,
        hideCursor: true,
        clearOnComplete: false,
        format: (options, params) => {
          const seconds = (performance.now() - startedAt) / 1000;
          const rate = seconds > 0 ? (params.value - startBytes) / seconds : 0;
          const rateText = `${iecBytes(Math.round(rate))}/s`;
          if (!known) return `${iecBytes(params.value)} | ${rateText}`;
          const left = rate > 0 ? (params.total - params.value) / rate : Number.NaN;
          const percent = Math.floor(params.progress * 100);
          return `[${Format.BarFormat(params.progress, options)}] ${String(percent).padStart(3)}% | ${iecBytes(params.value)} / ${iecBytes(params.total)} | ${rateText} | ETA ${timeLeft(left)}`;
        },
      });
      bar.start(known ? (totalBytes as number) : 1, initialBytes);
    },
    update(bytes) {
      bar?.update(bytes);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

function timeLeft(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole}s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(whole / 3600)}h${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`;
}
