// Every story of the built Storybook renders for real: each one is loaded from storybook-static/ (written by
// `npm run build-storybook`) in an iframe, as a designer's browser would load it. It must finish rendering
// and playing without an error, its dbbx element must render, and the a11y addon's axe run must find no
// violation. Stories tagged 'result' must show a payout, 'errors' the error summary, 'excluded' the excluded
// items table; the payouts of the stories that pin a date are checked to the 分 (the figures are the
// engine's, worked out in the stories' comments). Without storybook-static/ this fails, it does not skip.
import { expect } from '@open-wc/testing';

interface IndexEntry { id: string; type: 'story' | 'docs'; title: string; name: string; tags?: string[] }

const INDEX = '/storybook-static/index.json';
const BUILD = 'run `npm run build && npm run build-storybook` first';

async function storyEntries(): Promise<IndexEntry[] | string> {
  let res: Response;
  try {
    res = await fetch(INDEX);
  } catch (e) {
    return `${INDEX} could not be fetched (${(e as Error).message}); ${BUILD}`;
  }
  if (!res.ok) return `${INDEX} is missing (HTTP ${res.status}): storybook-static/ has not been built; ${BUILD}`;
  try {
    const data = (await res.json()) as { entries: Record<string, IndexEntry> };
    return Object.values(data.entries).filter((e) => e.type === 'story');
  } catch (e) {
    return `${INDEX} is not Storybook's index (${(e as Error).message}); ${BUILD}`;
  }
}

const entries = await storyEntries();

/** Payouts (calculator: this discharge; breakdown: the year's total) of stories whose date is pinned. */
const EXPECTED: Record<string, string> = {
  'elements-calculator--ningbo': '67,500.00',
  'elements-calculator--jiangyin': '82,000.00',
  'elements-calculator--chaozhou': '72,000.00',
  'elements-calculator--xinbei': '6,500.00',
  'elements-calculator--xinbei-with-excluded-item': '6,500.00',
  'elements-calculator--jiangyin-medical-assistance': '88,000.00',
  'elements-calculator--chaozhou-extreme-poverty': '96,000.00',
  'elements-calculator--chaozhou-subsistence': '84,000.00',
  'elements-calculator--below-threshold': '0.00',
  'elements-calculator--cap-reached-ningbo': '282,500.00',
  'elements-calculator--cap-reached-chaozhou': '100,000.00',
  'elements-calculator--english': '67,500.00',
  'elements-calculator--dark-theme': '72,000.00',
  'elements-calculator--portal-theme': '67,500.00',
  'elements-breakdown--ningbo': '72,500.00',
  // Ledgers: the year's total payout. Ningbo 150,000 → 72,500; Chaozhou capped at 100,000; Chaozhou 低保 2017
  // 93,100 → 18,900 + 63,100 × 70% = 63,070; Xinbei 3,000 + 1,000 × 50% = 3,500.
  'elements-ledger--ningbo-year': '72,500.00',
  'elements-ledger--chaozhou-cap-reached': '100,000.00',
  'elements-ledger--chaozhou-subsistence': '63,070.00',
  'elements-ledger--xinbei-year': '3,500.00',
  'elements-ledger--english': '72,500.00',
  'elements-breakdown--chaozhou-cap-reached': '100,000.00',
  'elements-breakdown--xinbei-excluded-items': '6,500.00',
  'elements-breakdown--english': '72,500.00',
};

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const MONEY = /\d{1,3}(,\d{3})*\.\d{2}/;

interface Channel { on(event: string, fn: (...args: unknown[]) => void): void }
type SbWindow = Window & {
  __STORYBOOK_ADDONS_CHANNEL__?: Channel;
  __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } };
};

interface Opened { f: HTMLIFrameElement; phases: string[]; errors: string[]; finished?: unknown }
interface Reporter {
  type: string; status: string; result?: { violations?: { id: string; impact: string; help: string; nodes: unknown[] }[] };
}

/**
 * Opens a story in an iframe and listens to its preview's channel from the start: a play function that
 * throws does not show Storybook's error display in story mode, it only says so on the channel. The
 * channel exists as soon as the preview's script runs; a story renders only after its index and CSF file
 * have been fetched after that, so polling every few milliseconds for the channel misses nothing (checked:
 * the story must not have reached its play function when the listener is attached).
 */
async function openStory(id: string): Promise<Opened> {
  const f = document.createElement('iframe');
  f.style.width = '1280px';
  f.style.height = '900px';
  const opened: Opened = { f, phases: [], errors: [] };
  f.src = `/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
  document.body.append(f);
  const end = Date.now() + 10000;
  for (;;) {
    const w = f.contentWindow as SbWindow | null;
    const ch = w?.__STORYBOOK_ADDONS_CHANNEL__;
    if (ch) {
      const late = w!.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      if (late && !['preparing', 'loading', 'beforeEach', 'rendering'].includes(late)) {
        throw new Error(`attached to the preview too late to see its play function (phase ${late})`);
      }
      ch.on('storyFinished', (e) => { opened.finished = e; });
      ch.on('storyRenderPhaseChanged', (e) => opened.phases.push(String((e as { newPhase?: string }).newPhase)));
      const say = (what: string) => (e: unknown) => opened.errors.push(`${what}: ${JSON.stringify(e).slice(0, 500)}`);
      ch.on('playFunctionThrewException', say('the play function threw'));
      ch.on('storyThrewException', say('the story threw'));
      ch.on('storyErrored', say('the story errored'));
      ch.on('unhandledErrorsWhilePlaying', say('unhandled errors while playing'));
      return opened;
    }
    if (Date.now() > end) throw new Error(`the Storybook preview did not start in ${f.src}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Polls until `get` gives a value; a story that threw, or whose play function threw, fails at once. */
async function until<T>(o: Opened, get: () => T | null | undefined | false, what: string, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const doc = o.f.contentDocument;
    if (o.errors.length) throw new Error(`the story failed while waiting for ${what}: ${o.errors.join('; ')}`);
    if (doc?.body?.classList.contains('sb-show-errordisplay')) {
      throw new Error(`the story failed while waiting for ${what}: ${text(doc.querySelector('#error-message'))} ${text(doc.querySelector('#error-stack')).slice(0, 400)}`);
    }
    const v = get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what} (phases so far: ${o.phases.join(' → ') || 'none'})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The story's dbbx element (any dbbx-*, so stories of elements added later are covered too), rendered. */
function renderedHost(f: HTMLIFrameElement): HTMLElement | null {
  const root = f.contentDocument?.querySelector('#storybook-root');
  if (!root) return null;
  const host = [...root.querySelectorAll<HTMLElement>('*')].find((el) => el.localName.startsWith('dbbx-'));
  const sr = host?.shadowRoot;
  if (!host || !sr) return null;
  const content = [...sr.children].some((c) => c.localName !== 'style') && text(sr) !== '';
  return content ? host : null;
}

describe('Storybook stories (storybook-static/)', () => {
  if (typeof entries === 'string') {
    it('storybook-static/ is built', () => {
      throw new Error(entries);
    });
    return;
  }

  it('has stories for the calculator and the breakdown', () => {
    const ids = entries.map((e) => e.id);
    expect(ids.some((id) => id.startsWith('elements-calculator--')), 'calculator stories').to.equal(true);
    expect(ids.some((id) => id.startsWith('elements-breakdown--')), 'breakdown stories').to.equal(true);
    // Every pinned expectation names a story that exists (a renamed story must not silently skip its check).
    for (const id of Object.keys(EXPECTED)) expect(ids, id).to.include(id);
  });

  for (const entry of entries) {
    const tags = entry.tags ?? [];
    it(`${entry.title} › ${entry.name} renders`, async function () {
      this.timeout(15000);
      const o = await openStory(entry.id);
      const { f } = o;
      try {
        // Rendered, played and finished: every phase Storybook goes through, without an error on the way.
        await until(o, () => o.phases.includes('finished'), 'the story to finish rendering and playing');
        expect(o.phases, 'render phases').to.not.include('errored');
        // The a11y addon runs axe-core on every story once it has played (shadow roots included): the
        // themes' colours and every state must come through without a violation.
        const finished = o.finished as { reporters?: Reporter[] } | undefined;
        for (const r of finished?.reporters ?? []) {
          if (r.type !== 'a11y') continue;
          const violations = (r.result?.violations ?? []).map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help}`);
          expect(violations, 'axe violations').to.deep.equal([]);
        }
        const host = await until(o, () => renderedHost(f), `a dbbx element with rendered content in #storybook-root`);
        const sr = host.shadowRoot!;
        const isCalc = host.localName === 'dbbx-calculator';
        const isBreakdown = host.localName === 'dbbx-breakdown';
        const expected = EXPECTED[entry.id];

        if (isCalc && tags.includes('result')) {
          const payout = await until(o, () => text(sr.querySelector('[part="payout"]')), 'the payout');
          expect(payout).to.match(MONEY);
          if (expected) expect(payout).to.contain(expected);
          const bd = await until(o, () => sr.querySelector('dbbx-breakdown')?.shadowRoot?.querySelector('[part="table"]'), 'the breakdown table');
          expect(text(bd)).to.match(MONEY);
        }
        if (isBreakdown && tags.includes('result')) {
          const total = text(sr.querySelector('[part="total"]'));
          expect(total).to.match(MONEY);
          if (expected) expect(total).to.contain(expected);
        }
        if (host.localName === 'dbbx-ledger' && tags.includes('result')) {
          // The year check: the discharges add up to one claim of the year's total.
          const check = await until(o, () => text(sr.querySelector('[part="check"]')), 'the year check line');
          expect(check).to.match(/一致|the same as/);
          expect(text(sr.querySelector('[part="total"]'))).to.match(MONEY);
          if (expected) expect(text(sr.querySelector('[part="total"]'))).to.contain(expected);
        }
        if (isCalc && tags.includes('errors')) {
          const summary = await until(o, () => sr.querySelector('[part="error-summary"]'), 'the error summary');
          expect(summary.querySelectorAll('li').length).to.equal(2);
          expect(sr.querySelectorAll('[part="error"]').length).to.equal(2);
          expect(sr.querySelector('[part="payout"]')).to.equal(null);
        }
        if (tags.includes('excluded')) {
          // For the calculator this is the play function's work: add a row, pick the reason, type 6000.
          // The play function types the amount key by key, so wait for the whole of it, not the first row.
          const table = await until(o, () => {
            const bdRoot = isBreakdown ? sr : sr.querySelector('dbbx-breakdown')?.shadowRoot;
            const t = bdRoot?.querySelector('[part="excluded"]');
            return t && text(t).includes('6,000.00') ? t : null;
          }, 'the excluded items table with the 6,000.00 item');
          expect(text(table)).to.contain('新型、昂贵的诊疗项目');
        }

        const all = text(sr) + (isCalc ? text(sr.querySelector('dbbx-breakdown')?.shadowRoot) : '');
        expect(all).to.not.contain('NaN');
        expect(all).to.not.contain('undefined');
      } finally {
        f.remove();
      }
    });
  }
});
