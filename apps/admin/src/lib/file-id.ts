import { checkFileId as checkWithCoreRule, FILE_ID_RULE } from '@minimax-files/core/facts';

export { FILE_ID_RULE };

export type FileIdCheck = { ok: true; id: string } | { ok: false; message: string };

/**
 * Checks what an operator typed or pasted against core's id rule: surrounding spaces are trimmed first (pasted
 * input often carries them; the rule itself takes digits only), and the message is the rule in one sentence.
 */
export function checkFileId(input: string): FileIdCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, message: `Enter a file ID. ${FILE_ID_RULE}` };
  const check = checkWithCoreRule(trimmed);
  return check.ok ? check : { ok: false, message: FILE_ID_RULE };
}

/** The canonical id, or null when the input is not a valid file id. */
export function canonicalFileId(input: string): string | null {
  const check = checkFileId(input);
  return check.ok ? check.id : null;
}
