/**
 * Where a secret shows up in some text: the whole of it, or a 12-character piece of it (a truncated or
 * partially masked secret is still a leak).
 */
export function secretLeaks(text: string, secrets: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [name, secret] of Object.entries(secrets)) {
    for (let start = 0; start + 12 <= secret.length; start += 4) {
      const piece = secret.slice(start, start + 12);
      const at = text.indexOf(piece);
      if (at >= 0) {
        found.push(`${name} (…${text.slice(Math.max(0, at - 40), at + 52)}…)`);
        break;
      }
    }
  }
  return found;
}
