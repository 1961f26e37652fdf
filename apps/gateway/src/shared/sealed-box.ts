import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Bumped if the derivation or the layout ever changes: old entries then fail to open and count as misses. */
const KEY_INFO = 'minimax-files gateway shared state v1';

/**
 * AES-256-GCM for what the gateway keeps in Redis. The key is derived (HKDF-SHA256) from a secret every replica
 * already has — the MiniMax API key — so Redis alone never hands out a working signed link, and no second
 * secret has to be distributed. `context` (the file id) is authenticated too: an entry copied to another id's key
 * does not open.
 */
export interface SealedBox {
  seal(plaintext: string, context: string): string;
  /** Undefined when the text was not sealed by this key for this context (tampered, rotated key, wrong id). */
  open(sealed: string, context: string): string | undefined;
}

export function createSealedBox(secret: string): SealedBox {
  const key = Buffer.from(hkdfSync('sha256', secret, 'minimax-files', KEY_INFO, 32));
  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed, context) {
      const bytes = Buffer.from(sealed, 'base64');
      if (bytes.length < IV_BYTES + TAG_BYTES) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
        decipher.setAAD(Buffer.from(context));
        decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([
          decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        return undefined;
      }
    },
  };
}
