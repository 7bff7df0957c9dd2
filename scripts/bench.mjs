// npm run bench: people per second through the engine, the decimal.js path, the compiled rule (one person at a
// time and the batch call over typed arrays) and projectFund, for every built-in situation, every rule compiled
// in the same process first; then rows per second of `dbbx batch` beside what this machine does with no work of
// ours (`wc -l`, and a Node loop that splits and parses the same file). Medians of several runs, all in one run,
// the floors interleaved with the work so a busy machine slows both alike. Not a test: the figures depend on the
// machine; the equality of the paths is what the tests prove.
import { calculate, compileRule, projectFund, fenToYuan as yuan, GROUPS } from '../dist/engine.js';
import { spawn } from 'node:child_process';
import { createWriteStream, rmSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 7;
const N_FAST = 2_000_000;
const N_DEC = 100_000;
const N_ENGINE = 20_000;
const CLI_RUNS = 5;

// A deterministic, right-skewed population of yearly burdens (most small, a long tail), in 分.
function population(n, seed = 20261124) {
  const out = new Float64Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const u = (x + 1) / 4294967297;
    out[i] = Math.round(
      Math.exp(9 + 1.6 * Math.sqrt(-2 * Math.log(u)) * Math.cos(6.283185307 * ((i * 0.618033988749895) % 1))) * 100,
    ) % 1e10;
  }
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(1)} M` : `${(x / 1e3).toFixed(0)} k`);

// Time is this process's CPU time (user + system), not the clock: the machine is shared, and a job longer than
// a scheduler slice would otherwise be charged for other people's work while a short floor loop is not.
const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

/** Rates (per CPU second) of several jobs over n items, the jobs taking turns in each round. */
function rates(n, jobs, runs = RUNS) {
  const times = jobs.map(() => []);
  for (let r = 0; r < runs; r++) {
    jobs.forEach((job, j) => {
      const t = cpuSeconds();
      job();
      times[j].push(Math.max(1e-6, cpuSeconds() - t));
    });
  }
  return times.map((t) => n / median(t));
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
const others = Float64Array.from(people, (b) => Math.floor(b / 4));
const payouts = new Float64Array(N_FAST);
// Every rule compiled before any is measured: several rules in one process is the case that matters.
const compiled = situations.map(([, region, date, scheme, group]) => ({
  fast: compileRule(region, date, scheme, group),
  dec: compileRule(region, date, scheme, group, undefined, 'decimal'),
  groups: new Uint8Array(N_FAST).fill(GROUPS.indexOf(group)),
}));

// The floor: a loop that reads each burden and adds it up, nothing else.
function floorSum(xs) {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}
// The same arithmetic written by hand over one rule's burden bands (see src/fund/compile.ts), four people per
// turn, no input checks (the populations here are a multiple of four), in runs of 4096 like the batch: what the
// shared loop is measured against (the "hand loop").
function handRun(d, xs, out, os, from, to) {
  const f = 12 + 5 * d[0]; const D = d[f + 1]; const q = d[f + 2] | 0;
  const s1 = d[f + 3]; const s2 = d[f + 4]; const s3 = d[f + 5]; const s4 = d[f + 6]; const pc = d[2];
  const onum = os ? d[3] : 0; const oden = d[4]; const oden2 = d[5]; const olim = d[6];
  for (let i = from; i + 4 <= to; i += 4) {
    const b0 = xs[i]; const b1 = xs[i + 1]; const b2 = xs[i + 2]; const b3 = xs[i + 3];
    const k0 = q + 2 * ((((b0 > s1) | 0) + ((b0 > s2) | 0) + ((b0 > s3) | 0) + ((b0 > s4) | 0)) | 0);
    const k1 = q + 2 * ((((b1 > s1) | 0) + ((b1 > s2) | 0) + ((b1 > s3) | 0) + ((b1 > s4) | 0)) | 0);
    const k2 = q + 2 * ((((b2 > s1) | 0) + ((b2 > s2) | 0) + ((b2 > s3) | 0) + ((b2 > s4) | 0)) | 0);
    const k3 = q + 2 * ((((b3 > s1) | 0) + ((b3 > s2) | 0) + ((b3 > s3) | 0) + ((b3 > s4) | 0)) | 0);
    let t0 = Math.floor((b0 * d[k0] + d[k0 + 1]) / D); let t1 = Math.floor((b1 * d[k1] + d[k1 + 1]) / D);
    let t2 = Math.floor((b2 * d[k2] + d[k2 + 1]) / D); let t3 = Math.floor((b3 * d[k3] + d[k3 + 1]) / D);
    if (t0 > pc) t0 = pc; if (t1 > pc) t1 = pc; if (t2 > pc) t2 = pc; if (t3 > pc) t3 = pc;
    if (onum > 0) {
      const y0 = Math.floor((2 * os[i] * onum + oden) / oden2); const y1 = Math.floor((2 * os[i + 1] * onum + oden) / oden2);
      const y2 = Math.floor((2 * os[i + 2] * onum + oden) / oden2); const y3 = Math.floor((2 * os[i + 3] * onum + oden) / oden2);
      t0 += y0 > olim ? olim : y0; t1 += y1 > olim ? olim : y1; t2 += y2 > olim ? olim : y2; t3 += y3 > olim ? olim : y3;
    }
    out[i] = t0; out[i + 1] = t1; out[i + 2] = t2; out[i + 3] = t3;
  }
}
// Short first runs (16, 32, … up to 4096), as the library's loops start: a first run long enough to make the loop
// hot can have it compiled before it has type feedback, and the reference then runs at half speed in some processes.
function handLoop(d, xs, out, os) {
  for (let i = 0, step = 16; i < xs.length; i += step, step = Math.min(4096, 2 * step)) {
    handRun(d, xs, out, os, i, Math.min(xs.length, i + step));
  }
}
// One person at a time through the compiled rule; the sum is local (a captured module variable costs 25–40%).
function perPerson(rule, xs, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += rule.ytdFen(xs[i]);
  return s;
}

console.log(`node ${process.version}, ${RUNS} runs each, median; compiled paths over ${N_FAST.toLocaleString()} people, `
  + `decimal.js over ${N_DEC.toLocaleString()}, engine over ${N_ENGINE.toLocaleString()}.`);
console.log('Rates per CPU second of this process (the machine is shared). Hand loop: the same burden-band arithmetic for that rule');
console.log('written out, four people per turn, with no input checks. Floor: a loop that only reads and sums the same burdens.\n');
console.log('| policy | engine calculate() /s | decimal.js path /s | compiled, per person /s | compiled, batch /s | projectFund /s | hand loop /s | floor /s | batch ÷ hand | projectFund ÷ hand |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
let check = 0;
for (const [k, [name, region, date, scheme, group]] of situations.entries()) {
  const { fast, dec, groups } = compiled[k];
  const xinbei = region === '320411';
  // The paths must agree here too, on this very population.
  for (let i = 0; i < 2000; i++) if (fast.ytdFen(people[i]) !== dec.ytdFen(people[i])) throw new Error(`paths differ at ${people[i]}`);
  const hand = new Float64Array(N_FAST);
  handLoop(fast.data, people, hand, xinbei ? others : undefined);
  fast.payoutsFen(people, payouts, xinbei ? others : undefined);
  for (let i = 0; i < N_FAST; i++) if (hand[i] !== payouts[i]) throw new Error(`hand loop differs at ${people[i]}`);
  const [rEngine] = rates(N_ENGINE, [() => {
    for (let i = 0; i < N_ENGINE; i++) {
      check += calculate({ region, date, scheme, group, selfPaid: yuan(people[i]) }).yearToDatePayout.length;
    }
  }], 3);
  const [rDec] = rates(N_DEC, [() => { check += perPerson(dec, people, N_DEC); }], 3);
  const req = { region, date, scheme, premiumPerPerson: '20', population: { burdenFen: people, group: groups, ...(xinbei ? { otherFen: others } : {}) } };
  const [rFloor, rHand, rOne, rBatch, rProj] = rates(N_FAST, [
    () => { check += floorSum(people); },
    () => { handLoop(fast.data, people, payouts, xinbei ? others : undefined); },
    () => { check += perPerson(fast, people, N_FAST); },
    () => { fast.payoutsFen(people, payouts, xinbei ? others : undefined); },
    () => { check += projectFund(req).published.people; },
  ]);
  console.log(`| ${name} | ${fmt(rEngine)} | ${fmt(rDec)} | ${fmt(rOne)} | ${fmt(rBatch)} | ${fmt(rProj)} | ${fmt(rHand)} | `
    + `${fmt(rFloor)} | ${(rBatch / rHand).toFixed(2)} | ${(rProj / rHand).toFixed(2)} |`);
}
if (Number.isNaN(check)) throw new Error('unreachable: keeps the sums alive');

// ---- the CLI, end to end -------------------------------------------------------------------------------

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

// The Node floor: read the file in chunks, split lines and fields, parse both amounts as whole 分, and write
// each line back with a fixed suffix in large writes: the same reading and writing with no rule and no engine.
const NODE_FLOOR = `
import { createReadStream } from 'node:fs';
const out = Buffer.allocUnsafe(1 << 20); let o = 0; let sum = 0; let carry = null; const st = new Int32Array(64);
const num = (b, s, e) => { let v = 0; for (let i = s; i < e; i++) { const c = b[i]; if (c !== 46) v = v * 10 + c - 48; } return v; };
for await (const piece of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
  const chunk = carry ? Buffer.concat([carry, piece]) : piece;
  let pos = 0;
  for (;;) {
    const nl = chunk.indexOf(10, pos); if (nl < 0) break;
    let f = 0;
    for (let i = pos; i < nl; i++) { const c = chunk[i]; out[o++] = c; if (c === 44 && f < 63) st[++f] = i + 1; }
    sum += num(chunk, st[3], st[4] - 1) - num(chunk, st[4], nl);
    out[o++] = 44; out[o++] = 48; out[o++] = 10;
    if (o > (1 << 20) - 4096) { process.stdout.write(Buffer.from(out.subarray(0, o))); o = 0; }
    pos = nl + 1;
  }
  carry = pos < chunk.length ? Buffer.from(chunk.subarray(pos)) : null;
}
process.stdout.write(Buffer.from(out.subarray(0, o)));
if (sum < 0) console.error(sum);
`;

/** A command's CPU seconds (user + system), wall seconds and peak memory, as GNU time reports them. */
async function timed(cmd, args) {
  const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (b) => { err += b; });
  const code = await new Promise((res) => child.on('exit', res));
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err}`);
  const [wall, user, sys, kb] = err.trim().split('\n').pop().split(' ').map(Number);
  return { cpu: user + sys, wall, peakMb: kb / 1024 };
}

const dir = mkdtempSync(join(tmpdir(), 'dbbx-bench-'));
try {
  const floorScript = join(dir, 'floor.mjs');
  writeFileSync(floorScript, NODE_FLOOR);
  console.log(`\nCLI over a plain claims CSV (three regions), start-up included; CPU time, medians of ${CLI_RUNS}, `
    + 'the three commands taking turns.');
  console.log('Start-up and compiling the row code take about 0.2 s of CPU whatever the size: the larger file shows the rate per row.\n');
  console.log('| rows | `wc -l` rows/s | Node split-and-parse floor rows/s | `dbbx batch` rows/s | batch ÷ Node floor | batch wall-clock rows/s | batch peak memory |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const rows of [250_000, 1_000_000, 4_000_000]) {
    const file = join(dir, `claims-${rows}.csv`);
    await writeCsv(file, rows);
    const wc = []; const nodeFloor = []; const cli = []; const wall = []; let peak = 0;
    for (let r = 0; r < CLI_RUNS; r++) {
      wc.push((await timed('wc', ['-l', file])).cpu);
      nodeFloor.push((await timed(process.execPath, [floorScript, file])).cpu);
      const c = await timed(process.execPath, ['bin/dbbx.js', 'batch', file]);
      cli.push(c.cpu);
      wall.push(c.wall);
      peak = Math.max(peak, c.peakMb);
    }
    // GNU time counts in hundredths of a second: wc -l on a small file can read as 0.
    const [w, f, c, cw] = [wc, nodeFloor, cli, wall].map((t) => rows / Math.max(0.01, median(t)));
    const wcRate = median(wc) < 0.01 ? `> ${fmt(w)}` : fmt(w);
    console.log(`| ${rows.toLocaleString()} | ${wcRate} | ${fmt(f)} | ${fmt(c)} | ${(c / f).toFixed(2)} | `
      + `${fmt(cw)} | ${peak.toFixed(0)} MB |`);
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
