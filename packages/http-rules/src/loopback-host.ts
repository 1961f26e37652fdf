import { isIP } from 'node:net';

/** Whether a listen address (or Host name) only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  if (isIP(name) === 6) return name === '::1' || /^::ffff:127\./.test(name);
  return false;
}

/**
 * Whether a request's `Host` header names this machine (any port). A DNS-rebinding page reaches a loopback server
 * under its own name (`Host: evil.example`), so a server without credentials answers only loopback names.
 */
export function isLoopbackHostHeader(host: string | null | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '');
  return isLoopbackHost(name);
}
