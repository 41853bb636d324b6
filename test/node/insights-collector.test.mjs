// `support-widget insights collect`: what it stores, what it refuses, and that it keeps serving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCollector, send, readLines, beacon, tempDir, MNEMONIC } from './helpers/collector.mjs';

const SITE = 'https://site.example';
const fromSite = { origin: SITE };
const search = (query, empty = true) => ({ type: 'search', query, resultIds: empty ? [] : ['app-crash'], empty });

test('stores one scrubbed line per beacon, with the day and nothing about the sender', async (t) => {
  const c = await startCollector(['--origin', SITE]);
  t.after(() => c.stop());
  const res = await send(c.url, {
    body: beacon([search(`紧急 ${MNEMONIC}`), { type: 'contact', channel: 'live-chat', channelType: 'live-chat' }]),
    headers: { ...fromSite, cookie: 'session=secret-cookie', 'user-agent': 'TestAgent/1.0', 'x-forwarded-for': '198.51.100.7' },
  });
  assert.equal(res.status, 204);
  assert.equal(res.headers['access-control-allow-origin'], SITE);
  const lines = readLines(c.out);
  assert.equal(lines.length, 1);
  assert.match(lines[0].day, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(lines[0].events[0].query, '紧急 [redacted:mnemonic]');
  const raw = readFileSync(c.out, 'utf8');
  for (const leak of ['abandon ability', 'secret-cookie', 'TestAgent', '198.51.100.7', '127.0.0.1']) assert.ok(!raw.includes(leak), `the file holds "${leak}"`);
});

test('refuses bad input with a clear status, writes nothing, and keeps serving', async (t) => {
  const c = await startCollector(['--origin', SITE]);
  t.after(() => c.stop());
  const cases = [
    ['not JSON', { body: '{"v":1,', headers: fromSite }, 400, /not JSON/],
    ['too large', { body: beacon([search('x'.repeat(100))]).padEnd(70_000, ' '), headers: fromSite }, 413, /too large/],
    ['wrong content type', { body: beacon([search('a')]), headers: { ...fromSite, 'content-type': 'application/x-www-form-urlencoded' } }, 415, /content type/],
    ['wrong shape: unknown field', { body: beacon([search('a')], { url: 'https://site.example/account' }), headers: fromSite }, 422, /url: unknown field/],
    ['wrong shape: bad event', { body: beacon([{ type: 'search', query: 'a', resultIds: [], empty: 'yes' }]), headers: fromSite }, 422, /events\[0\]\.empty/],
    ['wrong shape: no events', { body: beacon([]), headers: fromSite }, 422, /events/],
    ['wrong origin', { body: beacon([search('a')]), headers: { origin: 'https://evil.example' } }, 403, /evil\.example is not allowed/],
    ['no origin', { body: beacon([search('a')]) }, 403, /no Origin/],
    ['GET', { method: 'GET', headers: fromSite }, 405, /POST/],
  ];
  for (const [name, request, status, message] of cases) {
    const res = await send(c.url, request);
    assert.equal(res.status, status, name);
    assert.match(res.body, message, name);
  }
  assert.deepEqual(readLines(c.out), [], 'nothing written');
  assert.equal((await send(c.url, { body: beacon([search('still here')]), headers: fromSite })).status, 204);
  assert.equal(readLines(c.out).length, 1);
});

test('answers the CORS preflight for listed origins only', async (t) => {
  const c = await startCollector(['--origin', SITE]);
  t.after(() => c.stop());
  const preflight = (origin) => send(c.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
  const ok = await preflight(SITE);
  assert.equal(ok.status, 204);
  assert.equal(ok.headers['access-control-allow-origin'], SITE);
  assert.equal(ok.headers['access-control-allow-methods'], 'POST');
  assert.equal((await preflight('https://evil.example')).status, 403);
});

test('a flood gets 429 per client and per connection, without keeping addresses', async (t) => {
  const c = await startCollector(['--origin', SITE, '--trust-proxy', '--rate', '3']);
  t.after(() => c.stop());
  const from = (ip) => ({ body: beacon([search('flood')]), headers: { ...fromSite, 'x-forwarded-for': ip } });
  const statuses = [];
  for (let i = 0; i < 6; i++) statuses.push((await send(c.url, from('203.0.113.1'))).status);
  assert.deepEqual(statuses, [204, 204, 204, 429, 429, 429]);
  assert.equal((await send(c.url, from('203.0.113.2'))).status, 204, 'another visitor is still served');
  assert.equal(readLines(c.out).length, 4);

  // One keep-alive connection carries at most 10 beacons a minute, whoever it claims to be.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  t.after(() => agent.destroy());
  const perConnection = [];
  for (let i = 0; i < 11; i++) perConnection.push(await send(c.url, { ...from(`192.0.2.${i}`), agent }));
  assert.deepEqual(perConnection.map((r) => r.status), [...Array(10).fill(204), 429]);
  assert.equal(perConnection[10].headers.connection, 'close');
  assert.ok(!readFileSync(c.out, 'utf8').includes('203.0.113'));
});

test('concurrent beacons never interleave lines', async (t) => {
  const c = await startCollector(['--rate', '1000']);
  t.after(() => c.stop());
  const agent = new Agent({ keepAlive: false });
  const bodies = Array.from({ length: 60 }, (_, i) => beacon([search(`question ${i} ${'界'.repeat(80)}`)]));
  const results = await Promise.all(bodies.map((body) => send(c.url, { body, agent })));
  assert.ok(results.every((r) => r.status === 204));
  const lines = readLines(c.out); // throws on a torn line
  assert.equal(lines.length, 60);
  assert.deepEqual(new Set(lines.map((l) => l.events[0].query.split(' ')[1])), new Set(bodies.map((_, i) => String(i))));
});

test('stops on SIGTERM and SIGINT after writing what it accepted', async () => {
  for (const signal of ['SIGTERM', 'SIGINT']) {
    const c = await startCollector();
    const pending = Array.from({ length: 5 }, (_, i) => send(c.url, { body: beacon([search(`q${i}`)]) }));
    const statuses = (await Promise.all(pending)).map((r) => r.status);
    assert.equal(await c.stop(signal), 0);
    assert.match(c.output().stdout, /stopped: 5 beacon\(s\) stored/);
    assert.equal(readLines(c.out).length, statuses.filter((s) => s === 204).length);
  }
});

test('a line cut off by a crash does not swallow the next beacon', async (t) => {
  const out = join(tempDir(), 'insights.ndjson');
  writeFileSync(out, '{"v":1,"day":"2025-01-01","pack":"tpwallet","locale":"en","events":[{"type":"se');
  const c = await startCollector([], { out });
  t.after(() => c.stop());
  assert.equal((await send(c.url, { body: beacon([search('after the crash')]) })).status, 204);
  const lines = readFileSync(out, 'utf8').split('\n');
  assert.equal(JSON.parse(lines[1]).events[0].query, 'after the crash');
});

test('explains a missing --out and a bad --origin', async () => {
  const { spawnSync } = await import('node:child_process');
  const { CLI } = await import('./helpers/collector.mjs');
  const run = (...args) => spawnSync(process.execPath, [CLI, 'insights', 'collect', ...args], { encoding: 'utf8' });
  assert.match(run().stderr, /--out is required/);
  const bad = run('--out', join(tempDir(), 'x.ndjson'), '--origin', 'https://site.example/page');
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /an origin has no path; use https:\/\/site\.example/);
});
