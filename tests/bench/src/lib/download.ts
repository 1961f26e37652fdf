import { Agent, get } from 'node:http';

export interface DownloadResult {
  bytes: number;
  seconds: number;
  mibPerSecond: number;
}

// One agent for every download: the client side costs the same whatever server is measured.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** Streams a URL to nowhere, counting bytes; fails unless a 200 brings exactly `expectedBytes` (when given). */
export function download(
  url: string,
  headers: Record<string, string>,
  expectedBytes?: number,
): Promise<DownloadResult> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    get(url, { headers, agent }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`${url}: HTTP ${response.statusCode}`));
        return;
      }
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('error', reject);
      response.on('end', () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (expectedBytes !== undefined && bytes !== expectedBytes)
          reject(new Error(`${url}: ${bytes} bytes instead of ${expectedBytes}`));
        else resolve({ bytes, seconds, mibPerSecond: bytes / (1024 * 1024) / seconds });
      });
    }).on('error', reject);
  });
}
