// The Task helper of the controllers: a newer run aborts the older one's signal and drops its result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTs } from '../../scripts/lib/load-ts.mjs';

const { Task } = await loadTs('src/controllers/task.ts');

/** A job that resolves with `value` when told to, and records its signal. */
function deferred(value) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  const job = { signal: undefined, release: () => release(value) };
  job.run = (signal) => ((job.signal = signal), gate);
  return job;
}

test('a newer run aborts the signal of the one it replaces, and only the newer result counts', async () => {
  const task = new Task();
  const first = deferred('old');
  const second = deferred('new');
  const a = task.run(first.run);
  const b = task.run(second.run);
  assert.equal(first.signal.aborted, true);
  assert.equal(second.signal.aborted, false);
  first.release();
  second.release();
  assert.deepEqual(await a, { status: 'aborted' });
  assert.deepEqual(await b, { status: 'complete', value: 'new' });
});

test('a failing run reports its error; abort() drops a run in progress', async () => {
  const task = new Task();
  const boom = new Error('boom');
  assert.deepEqual(await task.run(async () => Promise.reject(boom)), { status: 'error', error: boom });
  const job = deferred('late');
  const run = task.run(job.run);
  task.abort();
  job.release();
  assert.equal(job.signal.aborted, true);
  assert.deepEqual(await run, { status: 'aborted' });
});
