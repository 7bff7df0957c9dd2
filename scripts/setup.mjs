// First step of `npm start` and `npm test`: makes a fresh `git clone` work with nothing else run first.
// Plain Node (no dependency may be assumed installed yet). It
//  - refuses Node < 20 with the way out;
//  - installs what the tests need from Debian when missing (Chromium, a CJK font, poppler's pdftotext) if it
//    runs as root with apt-get, else stops at once with the exact command to run;
//  - runs `npm ci` when node_modules is missing or does not match package-lock.json.
// `node scripts/setup.mjs --for=start` skips the test-only system packages (the demo needs only Node).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const forStart = process.argv.includes('--for=start');
const fail = (msg) => { console.error(`\n[dbbx setup] ${msg}\n`); process.exit(1); };
const say = (msg) => console.log(`[dbbx setup] ${msg}`);

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  fail(`Node ${process.versions.node} is too old: dbbx needs Node 20 or later (Debian 12 ships 18).
Install Node 20+ (e.g. from nodejs.org or your distribution's backports), then run this command again.`);
}

const has = (cmd, args = ['--version']) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
function hasCjkFont() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

if (!forStart) {
  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  const need = [];
  if (!existsSync(chrome)) need.push('chromium');
  // Without a CJK font every Chinese character renders as a box; test/adoption/cjk-font.test.ts checks too.
  if (!hasCjkFont()) need.push('fonts-wqy-microhei');
  if (!has('pdftotext', ['-v'])) need.push('poppler-utils');
  if (need.length) {
    const cmd = `apt-get update && apt-get install -y ${need.join(' ')}`;
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot || !has('apt-get')) {
      fail(`The tests need Debian packages that are missing: ${need.join(', ')}. Run, as root:

  ${isRoot ? cmd : `sudo sh -c '${cmd}'`}

(or set CHROME_PATH to another Chrome or Chromium for the browser), then run npm test again.`);
    }
    say(`installing ${need.join(', ')} with apt-get`);
    for (const args of [['update'], ['install', '-y', ...need]]) {
      const r = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      if (r.status !== 0) fail(`apt-get ${args.join(' ')} failed; run it by hand: ${cmd}`);
    }
  }
}

/** True when node_modules holds exactly what package-lock.json asks for (npm's own record of the install). */
function depsCurrent() {
  const installed = join(root, 'node_modules/.package-lock.json');
  if (!existsSync(installed)) return false;
  const want = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages ?? {};
  const have = JSON.parse(readFileSync(installed, 'utf8')).packages ?? {};
  for (const [path, p] of Object.entries(want)) {
    if (!path || p.optional || p.link) continue;
    if (have[path]?.version !== p.version) return false;
  }
  return true;
}

if (!depsCurrent()) {
  say('node_modules is missing or out of date: npm ci');
  // Browsers come from Debian (above); nothing may download one.
  const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' };
  try {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env });
  } catch {
    fail('npm ci failed (see above).');
  }
}
