// npm run bench: people per second through the decimal.js path and the compiled integer path for each
// policy, side by side in one run (median of several runs), plus the full engine for reference. Not a test:
// numbers depend on the machine; the equality of the two paths is what the tests prove.
import { calculate, compileRule, projectFund, fenToYuan as yuan } from '../dist/engine.js';

const RUNS = 5;
const N_FAST = 2_000_000;
const N_DEC = 100_000;
const N_ENGINE = 20_000;

// A deterministic, right-skewed population of yearly burdens (most small, a long tail), in 分.
function population(n, seed = 20261124) {
  const out = new Float64Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const u = (x + 1) / 4294967297;
    out[i] = Math.round(Math.exp(9 + 1.6 * Math.sqrt(-2 * Math.log(u)) * Math.cos(6.283185307 * ((i * 0.618033988749895) % 1))) * 100) % 1e10;
  }
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function rate(n, fn) {
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    fn();
    times.push((performance.now() - t) / 1000);
  }
  return n / median(times);
}

const situations = [
  ['Ningbo 330200 resident', '330200', '2015-06-01', 'resident', 'general'],
  ['Jiangyin 320281 employee', '320281', '2021-06-01', 'employee', 'general'],
  ['Jiangyin 320281 医疗救助', '320281', '2021-06-01', 'resident', 'medical-assistance'],
  ['Chaozhou 445100 resident', '445100', '2017-06-01', 'resident', 'general'],
  ['Chaozhou 445100 低保 (overlay)', '445100', '2017-06-01', 'resident', 'subsistence'],
  ['Xinbei 320411 低保', '320411', '2022-06-01', 'resident', 'subsistence'],
];

const people = population(N_FAST);
const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(1)} k`);

console.log(`node ${process.version}, ${RUNS} runs each, median; fast path over ${N_FAST.toLocaleString()} people, decimal.js over ${N_DEC.toLocaleString()}, engine over ${N_ENGINE.toLocaleString()}\n`);
console.log('| policy | engine calculate() /s | decimal.js path /s | fast path /s | fast ÷ decimal |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, region, date, scheme, group] of situations) {
  const fast = compileRule(region, date, scheme, group);
  const dec = compileRule(region, date, scheme, group, undefined, 'decimal');
  let sink = 0;
  // The two paths must agree here too, on this very population.
  for (let i = 0; i < 2000; i++) if (fast.ytdFen(people[i]) !== dec.ytdFen(people[i])) throw new Error(`paths differ at ${people[i]}`);
  const rEngine = rate(N_ENGINE, () => { for (let i = 0; i < N_ENGINE; i++) sink += calculate({ region, date, scheme, group, selfPaid: yuan(people[i]) }).yearToDatePayout.length; });
  const rDec = rate(N_DEC, () => { for (let i = 0; i < N_DEC; i++) sink += dec.ytdFen(people[i]); });
  const rFast = rate(N_FAST, () => { for (let i = 0; i < N_FAST; i++) sink += fast.ytdFen(people[i]); });
  console.log(`| ${name} | ${fmt(rEngine)} | ${fmt(rDec)} | ${fmt(rFast)} | ${(rFast / rDec).toFixed(0)}× |${sink < 0 ? ' ' : ''}`);
}

const proj = rate(N_FAST, () => projectFund({ region: '445100', date: '2017-06-01', scheme: 'resident', premiumPerPerson: '20', population: { burdenFen: people } }));
console.log(`\nprojectFund (Chaozhou 2017, totals by tier / group, threshold and cap counts): ${fmt(proj)} people/s`);

// End to end: the CLI over CSV files of two sizes, rows per second and peak memory (flat if it streams).
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function writeCsv(file, rows) {
  const out = createWriteStream(file);
  out.write('region,date,scheme,selfPaid,priorSelfPaid\n');
  const regions = [['330200', '2015-06-01', 'resident'], ['445100', '2017-06-01', 'employee'], ['320281', '2021-06-01', 'resident']];
  for (let i = 0; i < rows; i++) {
    const [r, d, s] = regions[i % 3];
    const total = people[i % people.length];
    const line = `${r},${d},${s},${yuan(total)},${yuan(Math.floor(total / 3))}\n`;
    if (!out.write(line)) await new Promise((res) => out.once('drain', res));
  }
  await new Promise((res) => out.end(res));
}

async function runCli(file) {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/dbbx.js', 'batch', file], { stdio: ['ignore', 'ignore', 'ignore'] });
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]));
    } catch { /* exited */ }
  }, 50);
  const code = await new Promise((res) => child.on('exit', res));
  clearInterval(poll);
  return { seconds: (performance.now() - started) / 1000, peakMb: peak / 1024, code };
}

const dir = mkdtempSync(join(tmpdir(), 'dbbx-bench-'));
try {
  console.log('\n| CLI `dbbx batch` | rows | rows/s | peak memory |\n|---|---:|---:|---:|');
  for (const rows of [250_000, 1_000_000]) {
    const file = join(dir, `claims-${rows}.csv`);
    await writeCsv(file, rows);
    const r = await runCli(file);
    if (r.code !== 0) throw new Error(`dbbx batch exited ${r.code}`);
    console.log(`| end to end (parse, calculate, write CSV) | ${rows.toLocaleString()} | ${fmt(rows / r.seconds)} | ${r.peakMb.toFixed(0)} MB |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
