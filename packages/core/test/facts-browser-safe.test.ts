import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as facts from '../src/facts/index.js';
import * as client from '../src/index.js';

const FACTS_DIR = join(import.meta.dirname, '../src/facts');
const IMPORT = /^\s*(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]/gm;

describe('@minimax-files/core/facts', () => {
  it('imports nothing but its own files: no Node built-in, no dependency, nothing from the client', () => {
    for (const name of readdirSync(FACTS_DIR)) {
      const source = readFileSync(join(FACTS_DIR, name), 'utf8');
      for (const [, specifier] of source.matchAll(IMPORT)) {
        expect(specifier, `${name} imports ${specifier}`).toMatch(/^\.\/[a-z-]+\.js$/);
      }
      expect(source, name).not.toMatch(/\b(process|Buffer|require)\b[.(]/);
    }
  });

  it('is re-exported whole by the client package, so both entry points share one class per error', () => {
    for (const [name, value] of Object.entries(facts)) {
      expect((client as Record<string, unknown>)[name], name).toBe(value);
    }
  });

  it('is published as its own subpath export', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'));
    expect(manifest.exports['./facts']).toEqual({
      types: './dist/facts/index.d.ts',
      import: './dist/facts/index.js',
    });
  });

  it('every error kind has an operator text, and the 1004 hint names both regional hosts', () => {
    for (const kind of facts.ERROR_KINDS) expect(facts.ERROR_TEXTS[kind].heading).toBeTruthy();
    expect(facts.REGION_HINT).toMatch(/api\.minimax\.io/);
    expect(facts.REGION_HINT).toMatch(/api\.minimaxi\.com/);
    expect(facts.regionHintFor('https://api.minimaxi.com')).toMatch(
      /try MINIMAX_BASE_URL=https:\/\/api\.minimax\.io/,
    );
  });

  it('checkFileId says the rule instead of throwing', () => {
    expect(facts.checkFileId('007')).toEqual({ ok: true, id: '7' });
    const refused = facts.checkFileId('9223372036854775808');
    expect(refused.ok).toBe(false);
    expect(facts.FILE_ID_RULE).toContain(facts.MAX_FILE_ID);
  });

  it('the one error root holds configuration and argument errors too', () => {
    const error = new facts.MiniMaxFilesConfigError('no key');
    expect(error).toBeInstanceOf(facts.MiniMaxFilesError);
    expect(error).toBeInstanceOf(facts.InvalidArgumentError);
    expect(error.kind).toBe('InvalidArgument');
    expect(error.name).toBe('MiniMaxFilesConfigError');
    expect(error.retryable).toBe(false);
    const upstream = facts.MiniMaxFilesError.create('RateLimited', 'slow down', { retryable: true });
    expect(upstream).toBeInstanceOf(facts.RateLimitedError);
    expect(upstream.name).toBe('RateLimitedError');
  });
});
