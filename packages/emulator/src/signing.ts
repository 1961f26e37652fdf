import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Which bucket a link points at: backup links live under another path so faults can hit one and not the other. */
export type Bucket = 'storage' | 'backup-storage';

export interface LinkSigner {
  /** `ORIGIN/<bucket>/<id>/<encoded filename>?Expires=..&OSSAccessKeyId=..&Signature=..`, like an OSS link. */
  sign(origin: string, bucket: Bucket, id: string, filename: string): string;
  verify(bucket: Bucket, id: string, filename: string, query: URLSearchParams): LinkVerdict;
}

export type LinkVerdict = 'ok' | 'missing' | 'bad-signature' | 'expired';

const ACCESS_KEY_ID = 'EMULATORACCESSKEY';

export function createLinkSigner(options: { secret?: string; ttlSeconds: number }): LinkSigner {
  const secret = options.secret ?? randomBytes(32).toString('hex');
  const mac = (bucket: Bucket, id: string, filename: string, expires: string) =>
    createHmac('sha256', secret).update(`GET\n${bucket}\n${id}\n${filename}\n${expires}`).digest('base64');

  return {
    sign(origin, bucket, id, filename) {
      const expires = String(nowSeconds() + options.ttlSeconds);
      const query = new URLSearchParams({
        Expires: expires,
        OSSAccessKeyId: ACCESS_KEY_ID,
        Signature: mac(bucket, id, filename, expires),
      });
      return `${origin}/${bucket}/${id}/${encodeURIComponent(filename)}?${query}`;
    },
    verify(bucket, id, filename, query) {
      const expires = query.get('Expires');
      const signature = query.get('Signature');
      if (!expires || !signature || !/^\d+$/.test(expires)) return 'missing';
      const expected = Buffer.from(mac(bucket, id, filename, expires));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad-signature';
      return nowSeconds() > Number(expires) ? 'expired' : 'ok';
    },
  };
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
