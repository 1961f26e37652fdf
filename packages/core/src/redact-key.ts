/** The shortest start of a key that counts as the key: an upstream echoing a cut key leaked its first 33 characters. */
export const MIN_REDACTED_KEY_PREFIX = 8;

/**
 * `text` with the key, and every run of its first MIN_REDACTED_KEY_PREFIX or more characters, replaced by
 * [redacted]. A key shorter than the prefix is redacted only whole (at 4 characters or more: shorter would eat text).
 */
export function redactKey(text: string, key: string): string {
  if (key.length < MIN_REDACTED_KEY_PREFIX) {
    return key.length >= 4 ? text.split(key).join('[redacted]') : text;
  }
  const head = key.slice(0, MIN_REDACTED_KEY_PREFIX);
  let out = '';
  let from = 0;
  for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, from)) {
    let end = at + head.length;
    while (end - at < key.length && text[end] === key[end - at]) end++;
    out += `${text.slice(from, at)}[redacted]`;
    from = end;
  }
  return out + text.slice(from);
}
