import { isIP } from 'node:net';

/** Whether a `Host` header names this machine (localhost, 127.0.0.0/8, [::1]; any port). */
export function isLoopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const bracketed = host.startsWith('[');
  const name = (bracketed ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '')).toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  return bracketed && name === '::1';
}
