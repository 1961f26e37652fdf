import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether curl is installed (it is on Debian images); without it the curl checks are skipped, not passed. */
export const hasCurl = ['/usr/bin/curl', '/bin/curl', '/usr/local/bin/curl'].some((path) => existsSync(path));

/** curl's verdict on a download: its exit code (18 = partial file, 56 = receive failure) and the bytes it wrote. */
export function curlDownload(url: string, token: string): Promise<{ exitCode: number; bytes: number }> {
  return new Promise((resolve) => {
    execFile(
      'curl',
      ['-sS', '-o', '/dev/null', '-w', '%{size_download}', '-H', `Authorization: Bearer ${token}`, url],
      (error, stdout) => {
        const exitCode = error && typeof error.code === 'number' ? error.code : 0;
        resolve({ exitCode, bytes: Number(stdout) });
      },
    );
  });
}
