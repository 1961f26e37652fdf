import { type ChildProcess, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Emulator, SEEDED, startEmulator } from '@minimax-files/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, startCluster, waitForOk } from '../../../scripts/cluster-topology.mjs';
import { freePort } from '../../../scripts/local-servers.mjs';
import { metricsInRules, preparedDeployDir, prometheus } from './deploy-dir.js';

// The topology `pnpm cluster` runs (Redis, gateway processes, HAProxy) with two replicas and MINIMAX_RPM, and the
// real Prometheus loading deploy/prometheus as the README says, scraping each replica every second.
const EMULATOR_KEY = 'prometheus-emulator-key-41b7';
const TOKEN = 'prometheus-test-token-9c2d58e1a7';
let emulator: Emulator;
let cluster: Cluster;
let server: ChildProcess | undefined;
let promUrl: string;
let dir: string;

// biome-ignore lint/suspicious/noExplicitAny: Prometheus's JSON API answer
async function api(path: string): Promise<any> {
  const response = await fetch(`${promUrl}${path}`);
  const body = (await response.json()) as { status: string; data: unknown };
  if (body.status !== 'success') throw new Error(`${path}: ${JSON.stringify(body)}`);
  return body.data;
}

async function lookUp(baseUrl: string, id: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($id: FileID!) { file(id: $id) { __typename } }',
      variables: { id },
    }),
  });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true, apiKey: EMULATOR_KEY });
  cluster = await startCluster({
    replicas: 2,
    upstream: { apiKey: EMULATOR_KEY, baseURL: emulator.url },
    operatorTokens: [TOKEN],
    env: { MINIMAX_RPM: '600' },
  });
  // Traffic on every replica, so the labelled series (outcome, route, decision) exist before the scrape.
  for (const gateway of cluster.gateways) await lookUp(gateway.url, SEEDED.small);
  dir = await preparedDeployDir({
    token: TOKEN,
    targets: cluster.gateways.map((gateway) => `127.0.0.1:${gateway.port}`),
    scrapeInterval: '1s',
  });
  const port = await freePort();
  promUrl = `http://127.0.0.1:${port}`;
  server = spawn(
    prometheus(),
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: 'ignore' },
  );
  await waitForOk(`${promUrl}/-/ready`, { timeoutMs: 30_000, child: server });
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await cluster?.stop();
  await emulator?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the real Prometheus scraping the gateway replicas with deploy/prometheus', () => {
  it('scrapes every replica with the operator token (both targets up)', async () => {
    await expect
      .poll(
        async () => {
          const { result } = await api('/api/v1/query?query=up');
          return result.filter((sample: { value: [number, string] }) => sample.value[1] === '1').length;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(2);
  });

  it('finds every metric the alert rules name, with every label their matchers use', async () => {
    const referenced = await metricsInRules();
    expect([...referenced.keys()].sort()).toEqual([
      'gateway_audit_buffer_capacity',
      'gateway_audit_buffered_events',
      'gateway_audit_events_dropped_total',
      'gateway_download_failures_total',
      'gateway_shared_state_up',
      'gateway_upstream_budget_total',
      'gateway_upstream_duration_seconds_count',
    ]);
    const names: string[] = await api('/api/v1/label/__name__/values');
    for (const [name, labels] of referenced) {
      expect(names, name).toContain(name);
      const series: Record<string, string>[] = await api(`/api/v1/series?match[]=${name}`);
      expect(series.length, name).toBeGreaterThan(0);
      for (const label of ['job', 'instance', ...labels]) {
        expect(
          series.every((one) => label in one),
          `${name} has ${label}`,
        ).toBe(true);
      }
    }
  });

  it('reads back the label values the rules compare against', async () => {
    const values = async (label: string, metric: string): Promise<string[]> =>
      api(`/api/v1/label/${label}/values?match[]=${metric}`);
    expect(await values('outcome', 'gateway_upstream_duration_seconds_count')).toContain('ok');
    expect(await values('decision', 'gateway_upstream_budget_total')).toContain('allowed');
    expect(await values('stage', 'gateway_download_failures_total')).toEqual(['before-body', 'mid-body']);
    const { result } = await api('/api/v1/query?query=gateway_shared_state_up');
    expect(result.map((sample: { value: [number, string] }) => sample.value[1])).toEqual(['1', '1']);
  });

  it('loads and evaluates every alert rule without error, none firing on a healthy cluster', async () => {
    await expect
      .poll(
        async () => {
          const { groups } = await api('/api/v1/rules');
          // biome-ignore lint/suspicious/noExplicitAny: Prometheus's rule JSON
          const rules = groups.flatMap((group: any) => group.rules);
          // biome-ignore lint/suspicious/noExplicitAny: Prometheus's rule JSON
          return rules.map((rule: any) => `${rule.name}:${rule.health}:${rule.state}`).sort();
        },
        { timeout: 40_000, interval: 1_000 },
      )
      .toEqual([
        'GatewayAuditBufferFilling:ok:inactive',
        'GatewayDownloadFailures:ok:inactive',
        'GatewaySharedStateDegraded:ok:inactive',
        'MiniMaxAuthenticationFailed:ok:inactive',
        'MiniMaxBudgetExhausted:ok:inactive',
        'MiniMaxUpstreamErrorRatioHigh:ok:inactive',
      ]);
  });
});
