import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_DIR, preparedDeployDir, RULES_FILE, RULES_TEST_FILE, runPromtool } from './deploy-dir.js';

describe('promtool over deploy/prometheus', () => {
  it('accepts the scrape configuration once the operator token file is in place', async () => {
    const dir = await preparedDeployDir({ token: 'check-config-token', targets: ['127.0.0.1:9'] });
    const { code, output } = await runPromtool(['check', 'config', `${dir}/prometheus.yml`]);
    expect(output).toContain('SUCCESS: 1 rule files found');
    expect(code).toBe(0);
  });

  it('accepts the configuration as committed (a placeholder token no gateway accepts)', async () => {
    const { code, output } = await runPromtool(['check', 'config', `${DEPLOY_DIR}/prometheus.yml`]);
    expect(output).toContain('SUCCESS: 1 rule files found');
    expect(code).toBe(0);
  });

  it('refuses the configuration without the token file, rather than scraping unauthenticated', async () => {
    const dir = await preparedDeployDir({ token: 'check-config-token', targets: ['127.0.0.1:9'] });
    await rm(join(dir, 'operator-token'));
    const { code, output } = await runPromtool(['check', 'config', `${dir}/prometheus.yml`]);
    expect(code).not.toBe(0);
    expect(output).toContain('operator-token');
  });

  it('accepts the alert rules', async () => {
    const { code, output } = await runPromtool(['check', 'rules', RULES_FILE]);
    expect(output).toContain('SUCCESS: 6 rules found');
    expect(code).toBe(0);
  });

  it('passes the rule unit tests: series that fire each alert and series that do not', async () => {
    const { code, output } = await runPromtool(['test', 'rules', RULES_TEST_FILE]);
    expect(output).toContain('SUCCESS');
    expect(code).toBe(0);
  });

  it('fails a rule unit test whose expectation is wrong (the unit tests can fail)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minimax-rules-test-'));
    const wrong = (await readFile(RULES_TEST_FILE, 'utf8'))
      .replace('../../../deploy/prometheus/gateway.rules.yml', RULES_FILE)
      .replace(
        'exp_labels: { job: gw, instance: a, severity: warn }',
        'exp_labels: { job: gw, instance: c, severity: warn }',
      );
    await writeFile(join(dir, 'wrong.test.yml'), wrong);
    const { code, output } = await runPromtool(['test', 'rules', join(dir, 'wrong.test.yml')]);
    expect(output).toContain('GatewaySharedStateDegraded');
    expect(code).not.toBe(0);
  });
});
