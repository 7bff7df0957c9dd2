// dbbx lint, run for real (node bin/dbbx.js, built by npm test) from the browser tests through a runner command.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Run { code: number; stdout: string; stderr: string }
const cli = (args: string[]) => executeServerCommand<Run, { args: string[] }>('dbbx-cli', { args }) as Promise<Run>;

describe('dbbx lint', () => {
  it('passes the README\'s example county file (exit 0)', async () => {
    const r = await cli(['lint', 'demo/policies/example-county.json']);
    expect(r.stdout).to.equal('');
    expect(r.stderr).to.contain('1 policy version(s) sound');
    expect(r.code).to.equal(0);
  });

  it('lists every problem of every file at once, with its JSON path, in Chinese and English (exit 1)', async () => {
    // --json first: the flag must not swallow the file after it.
    const r = await cli(['lint', '--json', 'test/policies/fixtures/bad-county.json', 'test/policies/fixtures/same-day-ningbo.json', 'no-such-file.json']);
    expect(r.code).to.equal(1);
    const out = JSON.parse(r.stdout) as { ok: boolean; problems: { file: string; path: string; zh: string; en: string }[] };
    expect(out.ok).to.equal(false);
    expect(out.problems.map((p) => `${p.file.replace(/^.*\//, '')} ${p.path}`)).to.deep.equal([
      'no-such-file.json $',
      'bad-county.json $.schemes.resident.groups.__proto__',
      'bad-county.json $.schemes.resident.coverage.quote',
      'bad-county.json $.schemes.resident.threshold.amount',
      'bad-county.json $.schemes.resident.tiers[0].from',
      'bad-county.json $.schemes.resident.tiers[0].ratio',
      'same-day-ningbo.json $.schemes.resident.cap.amount',
      'same-day-ningbo.json $.effectiveFrom.date',
    ]);
    for (const p of out.problems) expect(p.zh.length && p.en.length).to.be.greaterThan(0);
    expect(out.problems.at(-1)!.zh).to.contain('ningbo-2013-268（甬政办发〔2013〕268号，内置）');
  });

  it('catches a closed last band with cap none once the shape is right, in readable text', async () => {
    const r = await cli(['lint', 'test/policies/fixtures/closed-band.json']);
    expect(r.code).to.equal(1);
    expect(r.stdout).to.contain('test/policies/fixtures/closed-band.json: $.schemes.resident.tiers[1].to')
      .and.contain('超过 200000.00 元的负担将不予支付').and.contain('would go unpaid');
  });
});
