// The calculator's "where do I find this?" help quotes each document verbatim, for every built-in city.
import { expect } from '@open-wc/testing';
import { SLIP_HELP, SLIP_LINES } from '../../src/help/slip-help.js';
import { NEXT_STEP } from '../../src/help/next-step.js';
import { BUILT_IN_POLICIES } from '../../src/engine/index.js';

const SOURCES: Record<string, string> = {
  '甬政办发〔2013〕268号': '000_c6c496840cc25170.txt',
  '江阴市城乡居民大病保险制度': '001_b3c45ad304b27e32.txt',
  '常开委办〔2021〕143号': '003_e35332ce8f548eb1.txt',
  '潮府办〔2012〕90号': '004_b192086354abfe7e.txt',
};
const squash = (s: string) => s.replace(/\s+/g, '');

describe('slip help', () => {
  it('exists for every built-in city and quotes every statement verbatim', async () => {
    const cities = BUILT_IN_POLICIES.filter((p) => p.kind === 'city').map((p) => p.id);
    expect(Object.keys(SLIP_HELP).sort()).to.deep.equal([...cities].sort());
    expect(Object.keys(NEXT_STEP).sort()).to.deep.equal([...cities].sort());
    const texts: Record<string, string> = {};
    for (const [doc, file] of Object.entries(SOURCES)) texts[doc] = squash(await (await fetch(`/docs/sources/${file}`)).text());
    const cites = [...Object.values(SLIP_HELP).flatMap((h) => [h.definition, ...h.lines.map((l) => l.citation)]),
      ...Object.values(NEXT_STEP).map((n) => n.citation)];
    const missing = cites.filter((c) => !texts[c.document]?.includes(squash(c.quote)));
    expect(missing.map((c) => `${c.document} ${c.clause}: ${c.quote}`)).to.deep.equal([]);
    for (const h of Object.values(SLIP_HELP)) {
      for (const l of h.lines) {
        expect(SLIP_LINES.some((s) => s.id === l.line)).to.equal(true);
        // A line that counts says which amount it adds to; an open one never adds.
        expect(Boolean(l.field), l.zh).to.equal(l.treatment === 'counts');
      }
    }
  });
});
