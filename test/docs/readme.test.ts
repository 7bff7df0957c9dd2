// The README's element reference must say what custom-elements.json (built by npm run build) says.
import { expect } from '@open-wc/testing';
// @ts-expect-error a plain .mjs module shared with the Node script
import { withApi } from '../../scripts/api-tables.mjs';

describe('README element reference', () => {
  it('is in sync with custom-elements.json (run npm run docs after changing an element\'s API)', async () => {
    const [readme, manifest] = await Promise.all([
      fetch('/README.md').then((r) => r.text()),
      fetch('/custom-elements.json').then((r) => r.json()),
    ]);
    expect(readme).to.contain('`<dbbx-ledger>`');
    expect((withApi as (r: string, m: unknown) => string)(readme, manifest)).to.equal(readme);
  });
});
