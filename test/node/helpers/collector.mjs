// Runs the built `support-widget insights collect` as a child process and talks to it over HTTP.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

export const CLI = new URL('../../../dist/cli/support-widget.js', import.meta.url).pathname;

/** A fresh temporary directory for one test's files. */
export const tempDir = () => mkdtempSync(join(tmpdir(), 'sw-insights-test-'));

/** The collector's file as parsed lines ([] while it does not exist). */
export function readLines(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** Start a collector on a free port; resolves once it listens. */
export async function startCollector(args = [], { out = join(tempDir(), 'insights.ndjson') } = {}) {
  const child = spawn(process.execPath, [CLI, 'insights', 'collect', '--port', '0', '--out', out, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /listening on (http:\/\/\S+?),/.exec(stdout);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`collector exited (${code}): ${stderr}`)));
  });
  return {
    url,
    out,
    output: () => ({ stdout, stderr }),
    /** Send a signal and wait for the exit code. */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      const [code] = await once(child, 'exit');
      return code;
    },
  };
}

/** POST (or another method) to `url`; resolves with status, headers and body text. */
export function send(url, { method = 'POST', body, headers = {}, agent } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers }, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A beacon as the widget sends it. */
export const beacon = (events, extra = {}) => JSON.stringify({ v: 1, pack: 'tpwallet', locale: 'en', events, ...extra });

export const MNEMONIC = 'abandon ability able about above absent absorb abstract absurd abuse access accident';
