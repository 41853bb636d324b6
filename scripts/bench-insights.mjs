// `node scripts/bench-insights.mjs [beacons]` (after `npm run build`): generates a collector file
// of one million beacons (default) from the demo pack's questions, then times
// `support-widget insights report --json` on it and reads its peak RSS. Targets: < 10 s, < 200 MB.
import { createWriteStream, readFileSync, rmSync, statSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const COUNT = Number(process.argv[2] ?? 1_000_000);
const TARGET_S = 10;
const TARGET_MB = 200;
const cli = new URL('../dist/cli/support-widget.js', import.meta.url).pathname;

// A fixed seed, so every run reads the same file.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(rand() * list.length)];

// The demo packs as the build writes them ({ pack, index }), which `insights report --pack` reads too.
const packFiles = ['en', 'zh-CN'].map((l) => new URL(`../dist/content/tpwallet/${l}.json`, import.meta.url).pathname);
const packs = packFiles.map((f) => JSON.parse(readFileSync(f, 'utf8')).pack);
const lost = { en: ['nft airdrop', 'nft not showing', 'staking rewards', 'gas too high', 'refund please', 'airdrop claim'], 'zh-CN': ['提现卡住', 'NFT 不显示', '质押收益', '矿工费太高', '空投领取'] };
const channels = ['live-chat', 'email', 'ticket', 'help-center', 'telegram'];

function beacon(day) {
  const pack = rand() < 0.6 ? packs[1] : packs[0];
  const locale = pack.meta.locale;
  const events = [];
  const n = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    const entry = pick(pack.faq);
    if (rand() < 0.15) {
      events.push({ type: 'search', query: pick(lost[locale]) + (rand() < 0.3 ? ` ${Math.floor(rand() * 50)}` : ''), resultIds: [], empty: true });
      if (rand() < 0.3) events.push({ type: 'contact', channel: pick(channels), channelType: pick(channels) });
      continue;
    }
    const query = (entry.keywords?.length && rand() < 0.5 ? pick(entry.keywords) : entry.question).slice(0, 100);
    events.push({ type: 'search', query, resultIds: [entry.id, pick(pack.faq).id, pick(pack.faq).id], empty: false });
    if (rand() < 0.7) {
      events.push({ type: 'answer-view', id: entry.id, source: 'search' });
      if (rand() < 0.4) events.push({ type: 'feedback', id: entry.id, helpful: rand() < 0.7 });
    }
  }
  return JSON.stringify({ v: 1, day, pack: pack.meta.id, locale, events });
}

const dir = mkdtempSync(join(tmpdir(), 'sw-insights-bench-'));
const file = join(dir, 'insights.ndjson');
try {
  let t = performance.now();
  const out = createWriteStream(file);
  let chunk = [];
  const firstDay = Date.now() - 90 * 86_400_000; // the last 90 days
  for (let i = 0; i < COUNT; i++) {
    const day = new Date(firstDay + Math.floor((i / COUNT) * 90) * 86_400_000).toISOString().slice(0, 10);
    chunk.push(beacon(day));
    if (chunk.length === 10_000 || i === COUNT - 1) {
      if (!out.write(chunk.join('\n') + '\n')) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end();
  await once(out, 'finish');
  const mb = statSync(file).size / 2 ** 20;
  console.log(`generated ${COUNT.toLocaleString('en-US')} beacons (${mb.toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // Peak RSS and CPU time of the report process itself, read by a preloaded module when it exits.
  const rss = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('maxrss '+u.maxRSS+' cpu '+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;
  t = performance.now();
  const run = spawnSync(process.execPath, ['--import', rss, cli, 'insights', 'report', file, '--json', '--pack', packFiles[0], '--pack', packFiles[1]], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const seconds = (performance.now() - t) / 1000;
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const peakMb = Number(run.stderr.match(/maxrss (\d+)/)?.[1]) / 1024;
  const cpu = Number(run.stderr.match(/cpu (\d+)/)?.[1]) / 1e6;
  // The floor on this machine right now: reading the file and JSON.parse of every line, nothing else.
  t = performance.now();
  const floor = spawnSync(process.execPath, ['--import', rss, '-e', `require('readline').createInterface({input:require('fs').createReadStream(${JSON.stringify(file)})}).on('line',(l)=>JSON.parse(l))`], { encoding: 'utf8' });
  const floorSeconds = (performance.now() - t) / 1000;
  const floorCpu = Number(floor.stderr.match(/cpu (\d+)/)?.[1]) / 1e6;
  const figures = JSON.parse(run.stdout);
  console.log(`report: ${figures.lines.toLocaleString('en-US')} lines, ${figures.groups.length} sections`);
  console.log(`time      ${seconds.toFixed(2)} s   (target < ${TARGET_S} s)  ${seconds < TARGET_S ? 'ok' : 'OVER'}   CPU ${cpu.toFixed(2)} s`);
  console.log(`floor     ${floorSeconds.toFixed(2)} s   (read + JSON.parse of each line only)   CPU ${floorCpu.toFixed(2)} s   load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
  console.log(`peak RSS  ${peakMb.toFixed(0)} MB   (target < ${TARGET_MB} MB)  ${peakMb < TARGET_MB ? 'ok' : 'OVER'}`);
  process.exitCode = seconds < TARGET_S && peakMb < TARGET_MB ? 0 : 1;
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${file}`);
}
