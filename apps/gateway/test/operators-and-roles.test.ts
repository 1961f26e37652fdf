import { SEEDED } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_OPERATOR, type Credential, createOperator, graphqlAs, unique } from './helpers/callers.js';
import { ENGINES, sharedDatabase } from './helpers/databases.js';
import { OPERATOR_TOKEN, SECOND_OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';

const FILE =
  'query File($id: FileID!) { file(id: $id) { __typename ... on File { id filename downloadUrl } } }';
const ME = '{ me { name role bootstrap } }';
const AUDIT = '{ auditEvents(first: 1) { edges { node { id } } } }';
const OPERATORS = '{ operators { name role } }';
const REVOKE = 'mutation Revoke($name: String!) { revokeOperator(name: $name) { name revokedAt } }';

describe.each(ENGINES)('operators and roles on the %s database', (engine) => {
  let stack: Stack;
  const admin: Credential = { token: OPERATOR_TOKEN };
  let viewer: Credential;
  let operator: Credential;
  let viewerName: string;

  beforeAll(async () => {
    stack = await startStack({ database: engine });
    viewerName = unique('viewer');
    viewer = { token: await createOperator(stack, admin, viewerName, 'VIEWER') };
    operator = { token: await createOperator(stack, admin, unique('operator'), 'OPERATOR') };
  }, 60_000);
  afterAll(() => stack.close());

  it('names the bootstrap tokens bootstrap-1, bootstrap-2 (ADMIN) and tells each caller who they are', async () => {
    expect((await graphqlAs(stack, admin, ME)).body.data.me).toEqual({
      name: 'bootstrap-1',
      role: 'ADMIN',
      bootstrap: true,
    });
    expect((await graphqlAs(stack, { token: SECOND_OPERATOR_TOKEN }, ME)).body.data.me.name).toBe(
      'bootstrap-2',
    );
    expect((await graphqlAs(stack, viewer, ME)).body.data.me).toEqual({
      name: viewerName,
      role: 'VIEWER',
      bootstrap: false,
    });
  });

  it('returns a random 32-byte token once and stores only its hash', async () => {
    const name = unique('hashed');
    const { body } = await graphqlAs(stack, admin, CREATE_OPERATOR, { name, role: 'OPERATOR' });
    const { token, operator: created } = body.data.createOperator;
    expect(created).toEqual({ name, role: 'OPERATOR' });
    expect(token).toMatch(/^mmf_op_[A-Za-z0-9_-]{43}$/);
    const db = await sharedDatabase(engine);
    const row = await db
      .selectFrom('operators')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(token.slice(7));
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a bad or taken name with a clear error and changes nothing', async () => {
    for (const name of ['', 'has space', 'bootstrap-9', 'x'.repeat(80), 'new\nline']) {
      const { body } = await graphqlAs(stack, admin, CREATE_OPERATOR, { name, role: 'VIEWER' });
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const { body } = await graphqlAs(stack, admin, CREATE_OPERATOR, { name: viewerName, role: 'ADMIN' });
    expect(body.errors[0].extensions.code).toBe('CONFLICT');
    expect((await graphqlAs(stack, viewer, ME)).body.data.me.role).toBe('VIEWER');
  });

  it('VIEWER: looks files up without a downloadUrl, and is refused downloads and ADMIN fields', async () => {
    const lookup = await graphqlAs(stack, viewer, FILE, { id: SEEDED.small });
    expect(lookup.body.data.file).toMatchObject({ __typename: 'File', id: SEEDED.small, downloadUrl: null });
    // Asked twice: the second answer may come from the response fast path, which must not widen it.
    const again = await graphqlAs(stack, viewer, FILE, { id: SEEDED.small });
    expect(again.body.data.file.downloadUrl).toBeNull();

    const download = await fetch(`${stack.url}/files/${SEEDED.small}/content`, {
      headers: { authorization: `Bearer ${(viewer as { token: string }).token}` },
    });
    expect(download.status).toBe(403);
    expect((await download.json()).error.kind).toBe('Forbidden');

    for (const query of [AUDIT, OPERATORS]) {
      const { body } = await graphqlAs(stack, viewer, query);
      expect(body.data).toBeNull();
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    const create = await graphqlAs(stack, viewer, CREATE_OPERATOR, { name: unique('nope'), role: 'ADMIN' });
    expect(create.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const revoke = await graphqlAs(stack, viewer, REVOKE, { name: viewerName });
    expect(revoke.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('OPERATOR: downloads, sees downloadUrl, and is refused ADMIN fields', async () => {
    // The same query the ADMIN and VIEWER asked: each role gets its own answer, fast path or not.
    for (let i = 0; i < 2; i++) {
      const lookup = await graphqlAs(stack, operator, FILE, { id: SEEDED.small });
      expect(lookup.body.data.file.downloadUrl).toBe(`/files/${SEEDED.small}/content`);
    }
    const download = await fetch(`${stack.url}/files/${SEEDED.small}/content`, {
      headers: { authorization: `Bearer ${(operator as { token: string }).token}` },
    });
    expect(download.status).toBe(200);
    await download.arrayBuffer();
    for (const query of [AUDIT, OPERATORS]) {
      expect((await graphqlAs(stack, operator, query)).body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('ADMIN: lists operators and reads the audit log', async () => {
    const list = await graphqlAs(stack, admin, OPERATORS);
    const names = list.body.data.operators.map((entry: { name: string }) => entry.name);
    expect(names.slice(0, 2)).toEqual(['bootstrap-1', 'bootstrap-2']);
    expect(names).toContain(viewerName);
    expect((await graphqlAs(stack, admin, AUDIT)).body.data.auditEvents.edges).toHaveLength(1);
  });

  it('a revoked token fails on its very next request, and its name can be used again', async () => {
    const name = unique('revoked');
    const token = await createOperator(stack, admin, name, 'OPERATOR');
    expect((await graphqlAs(stack, { token }, ME)).status).toBe(200);
    const revoked = await graphqlAs(stack, admin, REVOKE, { name });
    expect(revoked.body.data.revokeOperator.revokedAt).toEqual(expect.any(String));
    expect((await graphqlAs(stack, { token }, ME)).status).toBe(401);
    const download = await fetch(`${stack.url}/files/${SEEDED.small}/content`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(401);
    const again = await graphqlAs(stack, admin, REVOKE, { name });
    expect(again.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const reused = await createOperator(stack, admin, name, 'VIEWER');
    expect((await graphqlAs(stack, { token: reused }, ME)).body.data.me.role).toBe('VIEWER');
    expect((await graphqlAs(stack, { token }, ME)).status).toBe(401);
  });

  it('refuses to revoke a bootstrap operator (they live in GATEWAY_OPERATOR_TOKENS)', async () => {
    const { body } = await graphqlAs(stack, admin, REVOKE, { name: 'bootstrap-2' });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('revocation across replicas sharing one database', () => {
  it('a token revoked on one gateway stops working on another within about a second', async () => {
    const first = await startStack({ database: 'postgres' });
    const second = await startStack({ database: 'postgres' });
    try {
      const admin = { token: OPERATOR_TOKEN };
      const name = unique('replica');
      const token = await createOperator(first, admin, name, 'VIEWER');
      expect((await graphqlAs(second, { token }, ME)).status).toBe(200);
      await graphqlAs(first, admin, REVOKE, { name });
      const startedAt = Date.now();
      let status = 200;
      while (status === 200 && Date.now() - startedAt < 5_000) {
        status = (await graphqlAs(second, { token }, ME)).status;
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(status).toBe(401);
      // The cache lives 1 s; a busy machine may add a little.
      expect(Date.now() - startedAt).toBeLessThan(2_500);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
