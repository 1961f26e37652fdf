import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ENGINES, sharedDatabase } from '../../test/helpers/databases.js';
import { copyInOf } from '../db/copy-in.js';
import { rowOf, writeRows } from './audit-log.js';

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
