import type { Logger } from 'pino';
import type { SessionLimits } from '../auth/session-store.js';
import { pruneSessions } from '../auth/session-store.js';
import type { GatewayDatabase } from '../db/gateway-database.js';
import { pruneAuditEvents } from './audit-query.js';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Deletes audit events past `AUDIT_RETENTION_DAYS`, and ended sessions, once the database is ready and then
 * hourly. Several replicas doing it at once is harmless (the same DELETE). Returns a stop function.
 */
export function startRetention({
  database,
  retentionDays,
  sessions,
  logger,
  everyMs = HOUR_MS,
}: {
  database: GatewayDatabase;
  retentionDays: number;
  sessions: SessionLimits;
  logger: Logger;
  everyMs?: number;
}): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const sweep = async () => {
    const db = database.current();
    if (!db || stopped) return;
    try {
      const deleted = await pruneAuditEvents(db, retentionDays);
      await pruneSessions(db, sessions);
      if (deleted > 0) logger.info({ deleted, retentionDays }, 'old audit events deleted');
    } catch (error) {
      logger.warn({ err: error }, 'audit retention sweep failed; next hour again');
    }
  };
  void database.ready.then(() => {
    if (stopped) return;
    void sweep();
    timer = setInterval(() => void sweep(), everyMs);
    timer.unref();
  });
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
