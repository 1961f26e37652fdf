import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ENGINES, sharedDatabase } from '../../test/helpers/databases.js';
import { copyInOf } from '../db/copy-in.js';
import { rowOf, timeOrderedId, writeRows } from './audit-log.js';

// What a batch of fresh rows becomes on each engine: a COPY on the embedded one, an INSERT … unnest on PostgreSQL.
// Either must store every field exactly, nulls as nulls, and feed the hourly roll-ups through the same triggers.
const AWKWARD = [
  'tab\there',
  'line\nbreak',
  'carriage\rreturn',
  'back\\slash',
  '\\N',
  '\\.',
  '',
  'naïve ✓ 名前',
];

describe.each(ENGINES)('a batch of audit rows on the %s database', (engine) => {
  it(`is written ${engine === 'embedded' ? 'by COPY' : 'by INSERT'} with every field as it was`, async () => {
    const db = await sharedDatabase(engine);
    expect(copyInOf(db) !== undefined).toBe(engine === 'embedded');
    const actor = `writer-${engine}-${Math.random().toString(36).slice(2, 8)}`;
    const rows = AWKWARD.map((text, index) =>
      rowOf({
        action: 'LOOKUP',
        actor,
        role: index % 2 ? null : 'ADMIN',
        fileId: text,
        outcome: 'File',
        detail: text,
        bytes: index === 0 ? 2n ** 62n : null,
        clientAddress: index % 3 ? null : '::1',
        requestId: text,
        upstream: index === 1 ? { requests: 2, ms: 37.4, traceId: 'trace-1' } : null,
        upstreamCode: index === 1 ? 1004 : null,
      }),
    );
    await writeRows(db, rows, new Set());
    const stored = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('actor', '=', actor)
      .orderBy('seq')
      .execute();
    expect(stored.map(({ seq: _seq, ...row }) => row)).toEqual(rows);
    const rolled = await sql<{ lookups: string }>`
      select sum(lookups)::text as lookups from audit_actor_hourly where actor = ${actor}`.execute(db);
    expect(rolled.rows[0]?.lookups).toBe(String(rows.length));
  });
});

describe('audit event ids', () => {
  it('are UUIDs in version 7 layout that start with their time, so they grow with it', () => {
    const at = Date.UTC(2026, 11, 1, 23, 52);
    const id = timeOrderedId(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at);
    expect(timeOrderedId(at + 1) > timeOrderedId(at)).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, () => timeOrderedId(at))).size).toBe(1000);
  });
});
