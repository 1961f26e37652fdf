import { describe, expect, it } from 'vitest';
import { clientAddress, isLoopbackAddress } from './client-address';

describe('clientAddress', () => {
  it('is the peer when nothing is forwarded', () => {
    expect(clientAddress('203.0.113.9', undefined)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', undefined)).toBe('127.0.0.1');
  });

  it('takes the first forwarded entry from a proxy on this machine', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.7, 10.0.0.1')).toBe('198.51.100.7');
    expect(clientAddress('::1', '2001:db8::5')).toBe('2001:db8::5');
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.7')).toBe('198.51.100.7');
  });

  it('ignores what a remote caller claims', () => {
    expect(clientAddress('203.0.113.9', '127.0.0.1')).toBe('203.0.113.9');
    expect(clientAddress('10.1.2.3', '198.51.100.7')).toBe('10.1.2.3');
  });

  it('ignores a forwarded entry that is not an address', () => {
    expect(clientAddress('127.0.0.1', 'evil\r\nx: y')).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', 'unknown')).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', ['198.51.100.7', '10.0.0.1'])).toBe('127.0.0.1');
  });

  it('has no address without a peer', () => {
    expect(clientAddress(undefined, '198.51.100.7')).toBeUndefined();
  });
});

describe('isLoopbackAddress', () => {
  it('knows loopback from the rest', () => {
    expect(isLoopbackAddress('127.4.5.6')).toBe(true);
    expect(isLoopbackAddress('::1')).toBe(true);
    expect(isLoopbackAddress('128.0.0.1')).toBe(false);
    expect(isLoopbackAddress('localhost')).toBe(false);
  });
});
