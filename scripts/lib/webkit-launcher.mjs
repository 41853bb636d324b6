// A @web/test-runner launcher for WebKit (Safari's engine) through plain W3C WebDriver:
// WebKitGTK's WebKitWebDriver drives its MiniBrowser. MiniBrowser needs an X display; without
// one ($DISPLAY unset) the launcher starts its own Xvfb and stops it at the end.
// Only what the suite uses: one page at a time, navigation, and key presses for sendKeys()
// (@web/test-runner-commands calls `sendKeys` on launchers of type 'webdriver').
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { findWebKit } from './engines.mjs';

// WebDriver's code points for the named keys the suite presses (W3C WebDriver, "Keyboard actions").
const KEYS = {
  Enter: '\uE007', Escape: '\uE00C', Tab: '\uE004', Backspace: '\uE003', Delete: '\uE017', Space: ' ',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Home: '\uE011', End: '\uE010', PageUp: '\uE00E', PageDown: '\uE00F', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/** Starts Xvfb on a free display number (it writes the number to fd 3 once it is ready). */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    xvfb.stderr.on('data', (d) => (err += d));
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ xvfb, display: `:${out.trim()}` });
    });
    xvfb.on('error', (e) =>
      reject(new Error(e.code === 'ENOENT' ? 'WebKit needs an X display: install Xvfb (sudo apt-get install -y xvfb) or set DISPLAY' : e.message)),
    );
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready:\n${err}`)));
  });
}

class WebKitLauncher {
  type = 'webdriver';
  name = 'WebKit';
  /** The engine version WebKitWebDriver reports (e.g. "2.50.6"), once the browser is up. */
  version;
  #options;
  #driver;
  #xvfb;
  #base;
  #session;
  #starting;
  #active = new Set();
  #url = new Map();

  /** @param {{ viewport?: { width: number, height: number } }} options The page's size (as Chromium's 800×600). */
  constructor(options = {}) {
    this.#options = options;
  }

  async initialize() {}

  async #request(method, path, body) {
    const res = await fetch(`${this.#base}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error ?? res.status} ${json.value?.message ?? ''}`);
    return json.value;
  }

  #sessionPath(path = '') {
    return `/session/${this.#session}${path}`;
  }

  async #start() {
    const { driver, browser } = findWebKit();
    const env = { ...process.env };
    if (!env.DISPLAY) {
      this.#xvfb = await startXvfb();
      env.DISPLAY = this.#xvfb.display;
    }
    // WebKitGTK reports the process locale as the visitor's languages, and only a locale the
    // system has generated counts (else it says en-US). The C locale matches no pack, so the widget
    // shows its default pack, as the other engines do with their zh-CN languages; it also keeps a
    // developer's own LANG out of the results.
    env.LC_ALL = 'C.UTF-8';
    delete env.LANGUAGE;
    const port = await freePort();
    this.#driver = spawn(driver, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    this.#driver.stderr.on('data', (d) => (log = (log + d).slice(-4000)));
    this.#base = `http://127.0.0.1:${port}`;
    // The driver listens a moment after it starts: poll its status endpoint.
    for (let i = 0; ; i++) {
      try {
        if ((await this.#request('GET', '/status')).ready !== undefined) break;
      } catch (e) {
        if (i > 100 || this.#driver.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${e.message}\n${log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const { sessionId, capabilities } = await this.#request('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] } } },
    });
    this.#session = sessionId;
    this.version = capabilities.browserVersion;
    if (this.#options.viewport) await this.#resize(this.#options.viewport);
  }

  /** Size the page to `size` (null: the size the launcher was given). */
  async #resize(size) {
    size ??= this.#options.viewport;
    if (!size) return;
    // The window rect includes MiniBrowser's toolbar: size it, measure the page, grow by the difference.
    await this.#request('POST', this.#sessionPath('/window/rect'), size);
    const [w, h] = await this.#request('POST', this.#sessionPath('/execute/sync'), { script: 'return [innerWidth, innerHeight]', args: [] });
    await this.#request('POST', this.#sessionPath('/window/rect'), { width: 2 * size.width - w, height: 2 * size.height - h });
  }

  async startSession(sessionId, url) {
    this.#starting ??= this.#start();
    await this.#starting;
    this.#active.add(sessionId);
    this.#url.set(sessionId, url);
    await this.#request('POST', this.#sessionPath('/url'), { url });
  }

  isActive(sessionId) {
    return this.#active.has(sessionId);
  }

  getBrowserUrl(sessionId) {
    return this.#url.get(sessionId);
  }

  async startDebugSession() {
    throw new Error('Debugging is not supported in WebKit: run the file in Chromium (BROWSERS=chromium) to debug');
  }

  async stopSession(sessionId) {
    // An empty page stops the test page's timers before the next file loads.
    await this.#request('POST', this.#sessionPath('/url'), { url: 'about:blank' });
    this.#active.delete(sessionId);
    return {};
  }

  /** For @web/test-runner-commands' sendKeys(): `keys` is one named key, or the characters to type. */
  async sendKeys(_sessionId, keys) {
    const values = keys.map((k) => {
      if (k.length === 1 || [...k].length === 1) return k;
      if (!(k in KEYS)) throw new Error(`sendKeys: WebKit launcher does not know the key "${k}" (add its WebDriver code point)`);
      return KEYS[k];
    });
    const actions = values.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.#request('POST', this.#sessionPath('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.#request('DELETE', this.#sessionPath('/actions'));
  }

  /** For the suite's `sw-viewport` command: the page's size, as at start (the window is sized around it). */
  async setViewport(_sessionId, size) {
    await this.#resize(size);
  }

  async stop() {
    try {
      if (this.#session) await this.#request('DELETE', this.#sessionPath());
    } finally {
      this.#driver?.kill();
      this.#xvfb?.xvfb.kill();
    }
  }
}

/** WebKit through WebKitWebDriver + MiniBrowser (see the file header). */
export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
