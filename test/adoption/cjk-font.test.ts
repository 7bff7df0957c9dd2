// Issue 13: without a CJK font every Chinese character renders as the same empty box and no test noticed.
// Two different characters drawn in the calculator's own font must give two different pictures.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DbbxCalculator } from '../../src/elements/index.js';

function picture(font: string, text: string): string {
  const c = document.createElement('canvas');
  c.width = 64;
  c.height = 64;
  const g = c.getContext('2d')!;
  g.font = font;
  g.textBaseline = 'top';
  g.fillText(text, 8, 8);
  return c.toDataURL();
}

describe('Chinese text renders with a CJK font (issue 13)', () => {
  it('draws 大 and 病 in the calculator\'s font as different glyphs, not the same missing-glyph box', async () => {
    const el = await fixture<DbbxCalculator>(html`<dbbx-calculator region="330200" date="2015-06-01"></dbbx-calculator>`);
    await el.updateComplete;
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.textContent).to.match(/[\u4e00-\u9fff]/);
    const font = `32px ${getComputedStyle(label).fontFamily}`;
    await document.fonts.ready;
    const blank = picture(font, '');
    const da = picture(font, '大');
    const bing = picture(font, '病');
    // Fails on a machine without fonts-wqy-microhei / Noto CJK: both come out as the same .notdef box.
    // (Compared as booleans: the pictures themselves are long data URLs.)
    expect(da === blank, 'nothing drawn for 大').to.equal(false);
    expect(da === bing, '大 and 病 are the same box: no CJK font').to.equal(false);
    // And the box a font draws for a code point no font has is not what 大 looks like.
    expect(da === picture(font, '\u{10FFFD}'), '大 drawn as the missing-glyph box').to.equal(false);
  });
});
