// Baseline server: the built gateway exactly as its main starts it, from the same environment, but with an audit
// log that records nothing: the "auditing off" side of the audit-overhead row. Only a harness can do this
// (createGateway's `auditLog` option, not a setting): a deployment cannot switch its audit trail off.
import { type AuditLog, createGateway, readConfig } from '@minimax-files/gateway/testing';

const NOTHING_RECORDED: AuditLog = {
  record: () => true,
  recordNow: async () => 'not-recorded',
  complete: () => {},
  isFull: () => false,
  pending: () => 0,
  drain: async () => {},
  close: () => {},
};

const config = readConfig();
const gateway = createGateway(config, { auditLog: NOTHING_RECORDED });
gateway.server.listen(config.port, config.host);
process.on('SIGTERM', () => {
  gateway.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
