const UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/** A byte count for people, in IEC units with one decimal ("1.5 GiB"); plain bytes under 1 KiB. */
export function iecBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${UNITS[unit]}`;
}
