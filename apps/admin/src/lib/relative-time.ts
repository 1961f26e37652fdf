const STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "3 days ago", "in 2 hours", "just now": the largest unit that keeps the number small. */
export function formatRelative(then: Date, now: Date, locale = 'en'): string {
  // numeric: 'always' keeps "1 year ago" rather than "last year": one shape for every distance.
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  let amount = (then.getTime() - now.getTime()) / 1000;
  if (Math.abs(amount) < 10) return 'just now';
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return format.format(Math.round(amount), unit);
    amount /= size;
  }
  return format.format(Math.round(amount), 'year');
}

/** "2023-11-20 08:36:38 UTC": unambiguous, the same on every machine. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
