const UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;

export interface SizeText {
  /** Short human text, e.g. "5.62 MiB", or "Unknown". */
  short: string;
  /** Every byte, grouped, e.g. "5,896,337 bytes"; null when unknown. */
  exact: string | null;
}

/** Groups a decimal digit string in threes ("5896337" → "5,896,337") without going through Number. */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Formats an Int64 byte count (a decimal string, possibly past 2^53) in IEC units with two decimals,
 * using BigInt so no digit is lost. Null means the size is unknown.
 */
export function formatIecSize(bytes: string | null | undefined): SizeText {
  if (bytes === null || bytes === undefined || !/^[0-9]+$/.test(bytes))
    return { short: 'Unknown', exact: null };
  const value = BigInt(bytes);
  const exact = `${groupDigits(value.toString())} ${value === 1n ? 'byte' : 'bytes'}`;
  if (value < 1024n) return { short: exact, exact };
  let unit = 0;
  let divisor = 1n;
  while (unit < UNITS.length - 1 && value >= divisor * 1024n) {
    divisor *= 1024n;
    unit += 1;
  }
  // Round half up to hundredths in integer arithmetic; 1,023.999 KiB rounds to 1.00 MiB, not 1,024.00 KiB.
  let hundredths = (value * 100n + divisor / 2n) / divisor;
  if (hundredths >= 102400n && unit < UNITS.length - 1) {
    divisor *= 1024n;
    unit += 1;
    hundredths = (value * 100n + divisor / 2n) / divisor;
  }
  const whole = hundredths / 100n;
  const fraction = (hundredths % 100n).toString().padStart(2, '0');
  return { short: `${groupDigits(whole.toString())}.${fraction} ${UNITS[unit]}`, exact };
}

/**
 * The byte count when it is known. MiniMax reports 0 for some videos whose size it does not know (the gateway
 * sends null for those); a real file is never empty, so "0" is read as unknown too.
 */
export function knownBytes(bytes: string | null | undefined): string | null {
  if (bytes === null || bytes === undefined || /^0+$/.test(bytes)) return null;
  return bytes;
}
