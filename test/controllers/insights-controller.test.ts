import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { mountWidget } from '../helpers/widget.js';
import { captureConsole } from '../helpers/console.js';

/** Record what the widget beacons while `fn` runs (navigator.sendBeacon is restored after). */
async function beacons(fn: (sent: string[]) => Promise<void>): Promise<string[]> {
  const original = navigator.sendBeacon;
  const sent: string[] = [];
  navigator.sendBeacon = (_url: string | URL, data?: BodyInit | null) => (sent.push(String(data)), true);
  try {
    await fn(sent);
  } finally {
    navigator.sendBeacon = original;
  }
  return sent;
}

/**
 * The insights code has loaded, the widget has handed it the events seen so far, and the
 * secret scrubbing every event goes through has its word lists (a chunk of their own).
 */
async function insightsConnected(): Promise<void> {
  await import('../../src/insights/widget-insights.js');
  await (await import('../../src/secrets/secret-guard.js')).guardSecrets('');
  await nextFrame();
}

const types = (body: string): string[] => JSON.parse(body).events.map((e: { type: string }) => e.type);

describe('InsightsController: collecting for insights-endpoint', () => {
  it('keeps the events fired before the insights code arrived and sends them in the beacon', async () => {
    const sent = await beacons(async (sent) => {
      const el = await mountWidget({ 'insights-endpoint': '/__sw/insights', loading: 'interaction' });
      // With loading="interaction" the insights code waits for the first open.
      el.dispatchEvent(new CustomEvent('sw-feedback', { detail: { id: 'app-crash', helpful: true } }));
      await el.open();
      await insightsConnected();
      el.remove();
      await waitUntil(() => sent.length > 0, 'no beacon when the widget went away');
    });
    expect(types(sent[0])).to.include('feedback');
  });

  it('sends when the widget leaves the page, and collects again when it comes back', async () => {
    const sent = await beacons(async (sent) => {
      const el = await mountWidget({ 'insights-endpoint': '/__sw/insights', loading: 'eager' });
      const parent = el.parentElement!;
      await insightsConnected();
      el.dispatchEvent(new CustomEvent('sw-feedback', { detail: { id: 'app-crash', helpful: true } }));
      await nextFrame(); // the event is scrubbed, then queued
      el.remove();
      await waitUntil(() => sent.length === 1, 'no beacon on the first removal');
      parent.append(el);
      await insightsConnected();
      el.dispatchEvent(new CustomEvent('sw-feedback', { detail: { id: 'app-crash', helpful: false } }));
      await nextFrame();
      el.remove();
      await waitUntil(() => sent.length === 2, 'no beacon after the widget came back and left again');
    });
    expect(sent.map(types)).to.deep.equal([['feedback'], ['feedback']]);
  });

  it('an endpoint that is neither https nor on this site is reported and nothing is collected', async () => {
    const { lines } = await captureConsole('warn', async () => {
      const sent = await beacons(async () => {
        const el = await mountWidget({ 'insights-endpoint': 'http://collector.example/i', loading: 'eager' });
        el.dispatchEvent(new CustomEvent('sw-feedback', { detail: { id: 'app-crash', helpful: true } }));
        el.remove();
        await new Promise((r) => requestAnimationFrame(r));
      });
      expect(sent).to.be.empty;
    });
    expect(lines.some((l) => l.includes('insights-endpoint="http://collector.example/i"'))).to.be.true;
  });
});
