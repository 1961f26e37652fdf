import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../src/auth/authenticator.js';
import { createSession } from '../src/auth/session-store.js';
import { createOperator, graphqlAs, signIn, unique } from './helpers/callers.js';
import { ENGINES, sharedDatabase } from './helpers/databases.js';
import { OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';

const ME = '{ me { name role } }';
const REVOKE = 'mutation Revoke($name: String!) { revokeOperator(name: $name) { name } }';
const admin = { token: OPERATOR_TOKEN };

const signOut = (stack: Stack, session: string) =>
  fetch(`${stack.url}/sessions/current`, {
    method: 'DELETE',
    headers: { authorization: `Session ${session}` },
  });

describe.each(ENGINES)('gateway-issued sessions on the %s database', (engine) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ database: engine });
  }, 60_000);
  afterAll(() => stack.close());

  it('exchanges a token for an opaque session id, stored only as a hash', async () => {
    const name = unique('signin');
    const token = await createOperator(stack, admin, name, 'OPERATOR');
    const { status, body, headers } = await signIn(stack, token);
    expect(status).toBe(201);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body.operator).toEqual({ name, role: 'OPERATOR' });
    expect(body.session).toMatch(/^mmf_s_[A-Za-z0-9_-]{43}$/);
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(JSON.stringify(body)).not.toContain(token);
    expect((await graphqlAs(stack, { session: body.session }, ME)).body.data.me).toEqual({
      name,
      role: 'OPERATOR',
    });
    const db = await sharedDatabase(engine);
    const rows = await db.selectFrom('sessions').selectAll().where('operator_name', '=', name).execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(body.session.slice(6));
  });

  it('signing out deletes the session: a copied cookie replayed afterwards is refused at once', async () => {
    const { body } = await signIn(stack, OPERATOR_TOKEN);
    const copied = body.session as string;
    expect((await graphqlAs(stack, { session: copied }, ME)).status).toBe(200);
    expect((await signOut(stack, copied)).status).toBe(204);
    expect((await graphqlAs(stack, { session: copied }, ME)).status).toBe(401);
    expect((await signOut(stack, copied)).status).toBe(401);
  });

  it('revoking an operator ends their sessions', async () => {
    const name = unique('revoked');
    const token = await createOperator(stack, admin, name, 'VIEWER');
    const { body } = await signIn(stack, token);
    expect((await graphqlAs(stack, { session: body.session }, ME)).status).toBe(200);
    await graphqlAs(stack, admin, REVOKE, { name });
    expect((await graphqlAs(stack, { session: body.session }, ME)).status).toBe(401);
    expect((await signIn(stack, token)).status).toBe(401);
  });

  it('an expired or idle session is refused', async () => {
    const { body } = await signIn(stack, OPERATOR_TOKEN);
    const db = await sharedDatabase(engine);
    const { hashSecret } = await import('../src/auth/secrets.js');
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('id_hash', '=', hashSecret(body.session))
      .execute();
    expect((await graphqlAs(stack, { session: body.session }, ME)).status).toBe(401);
    const fresh = await signIn(stack, OPERATOR_TOKEN);
    await db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id_hash', '=', hashSecret(fresh.body.session))
      .execute();
    expect((await graphqlAs(stack, { session: fresh.body.session }, ME)).status).toBe(401);
  });

  it('a cached session is not served past its expiry', async () => {
    const db = await sharedDatabase(engine);
    const limits = { maxAgeMs: 1_500, idleMs: 60_000 };
    const authenticator = createAuthenticator({
      bootstrapTokens: [],
      database: { ready: Promise.resolve(db), current: () => db, close: async () => {} },
      sessions: limits,
      cacheMs: 60_000,
    });
    const { id } = await createSession(db, { name: unique('short'), role: 'VIEWER' }, limits);
    const credential = { kind: 'session' as const, value: id };
    expect(await authenticator.authenticate(credential)).toMatchObject({ role: 'VIEWER' });
    expect(authenticator.peek(credential)).toMatchObject({ role: 'VIEWER' });
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    expect(authenticator.peek(credential)).toBeUndefined();
    expect(await authenticator.authenticate(credential)).toBeUndefined();
  });

  it('a session id is not a token and a token is not a session', async () => {
    const { body } = await signIn(stack, OPERATOR_TOKEN);
    expect((await graphqlAs(stack, { token: body.session }, ME)).status).toBe(401);
    expect((await graphqlAs(stack, { session: OPERATOR_TOKEN }, ME)).status).toBe(401);
    expect((await signIn(stack, body.session)).status).toBe(401);
  });

  it('throttles failed sign-ins per address (429 with Retry-After), and other addresses still sign in', async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await signIn(stack, `mmf_op_wrong${attempt}`, address)).status).toBe(401);
    }
    const throttled = await signIn(stack, OPERATOR_TOKEN, address);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signIn(stack, OPERATOR_TOKEN, '198.51.100.250')).status).toBe(201);
  });
});
