import { describe, expect, it } from 'vitest';
import { isLoopbackHost, isLoopbackHostHeader } from './loopback-host.js';

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['api.localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.4', false],
    ['example.com', false],
    ['localhost.example.com', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('isLoopbackHostHeader', () => {
  it.each([
    ['127.0.0.1:4000', true],
    ['localhost:3000', true],
    ['LOCALHOST', true],
    ['[::1]:8080', true],
    ['127.0.0.1', true],
    ['evil.example:4000', false],
    ['evil.example', false],
    ['127.0.0.1.evil.example', false],
    ['[::2]:80', false],
    ['', false],
    [undefined, false],
    [null, false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHostHeader(host)).toBe(expected);
  });
});
