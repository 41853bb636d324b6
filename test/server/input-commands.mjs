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
        // Chromium: touch emulation on, then the browser's own gesture synthesis (real
        // touchstart/touchmove/pointer events, and real scrolling when nothing cancels them).
        if (type !== 'puppeteer' || !isCdp(puppeteerPage(session))) return false;
        const client = await cdp(puppeteerPage(session));
        await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        const { x, y } = payload;
        if (payload.gesture === 'tap') await client.send('Input.synthesizeTapGesture', { x, y, gestureSourceType: 'touch' });
        else
          await client.send('Input.synthesizeScrollGesture', {
            x,
            y,
            yDistance: -payload.dy, // a finger moving up by dy scrolls the content down by dy
            gestureSourceType: 'touch',
            speed: 2000,
            preventFling: true,
          });
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
        if (session.browser.wheel) return session.browser.wheel(session.id, { x, y, dy });
        return false;
      }
    },
  };
}
