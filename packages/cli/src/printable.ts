// Control and format characters (escape sequences, bidi overrides) in upstream text would act on the terminal.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** Text from the upstream made safe to print to a terminal: invisible characters shown as \u{…} escapes. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => `\\u{${character.codePointAt(0)?.toString(16)}}`);
}
