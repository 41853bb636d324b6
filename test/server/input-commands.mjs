// Test commands for the phone-sheet tests (test/phone-sheet.test.ts), registered as a
// web-test-runner plugin: a viewport size in every engine, and real touch and wheel input where
// the engine's driver can make it. Each input command answers `false` when the engine cannot,
// and the test then plays the same gesture as the DOM events the element sees (its name says so).

const puppeteerPage = (session) => session.browser.getPage(session.id);
const isCdp = (page) => page.browser().protocol !== 'webDriverBiDi';

async function cdp(page) {
  page.__swCdp ??= await page.createCDPSession();
  return page.__swCdp;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function inputCommandsPlugin() {
  return {
    name: 'sw-input-commands',
    async executeCommand({ command, payload, session }) {
      const type = session.browser.type;
      if (command === 'sw-viewport') {
        // null: the suite's default size (as the launchers start them).
        const size = payload ?? { width: 800, height: 600 };
        if (type === 'puppeteer') await puppeteerPage(session).setViewport(size);
        else if (session.browser.setViewport) await session.browser.setViewport(session.id, size);
        else return false;
        return true;
      }
      if (command === 'sw-touch') {
        // Chromium: touch emulation on, then touch points through the browser's input pipeline
        // (real touch and pointer events, a click after a tap, scrolling when nothing cancels them).
        if (type !== 'puppeteer' || !isCdp(puppeteerPage(session))) return false;
        const client = await cdp(puppeteerPage(session));
        // null: touch emulation off again. The runner reuses the page for the next test file,
        // which must not find a touch screen (it turns `(pointer: coarse)` on).
        await client.send('Emulation.setTouchEmulationEnabled', payload ? { enabled: true, maxTouchPoints: 5 } : { enabled: false });
        if (!payload) return true;
        const { x, y } = payload;
        if (payload.gesture === 'tap') {
          await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
          await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        } else {
          // A finger moving up by dy in ten steps, resting, then lifted: at rest it leaves no
          // fling behind, so the page is still once the command returns.
          const t0 = Date.now() / 1000;
          const touch = (type, at, touchPoints) => client.send('Input.dispatchTouchEvent', { type, touchPoints, timestamp: t0 + at });
          await touch('touchStart', 0, [{ x, y }]);
          for (let i = 1; i <= 10; i++) await touch('touchMove', i * 0.03, [{ x, y: y - (payload.dy * i) / 10 }]);
          await touch('touchMove', 0.8, [{ x, y: y - payload.dy }]);
          await touch('touchEnd', 0.9, []);
        }
        return true;
      }
      if (command === 'sw-wheel') {
        const { x, y, dy } = payload;
        if (type === 'puppeteer') {
          const page = puppeteerPage(session);
          await page.mouse.move(x, y);
          await page.mouse.wheel({ deltaY: dy });
          return true;
        }
        return false;
      }
    },
  };
}
