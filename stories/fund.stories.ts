// <dbbx-fund>: the policy officer's projection tool (its own entry, dbbx/fund).
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/fund-entry.js';
import type { DbbxFund } from '../src/elements/fund/fund.js';

interface FundArgs { region?: string; date?: string; scheme?: string; lang?: string }

const meta = {
  title: 'Elements/Fund',
  component: 'dbbx-fund',
  args: { region: '445100', date: '2017-06-01', scheme: 'resident', lang: 'zh-CN' },
  render: (args) => html`<dbbx-fund region=${ifDefined(args.region)} date=${ifDefined(args.date)}
    scheme=${ifDefined(args.scheme)} lang=${ifDefined(args.lang)}></dbbx-fund>`,
} satisfies Meta<FundArgs>;

export default meta;
type Story = StoryObj<FundArgs>;

/** Nothing loaded yet: the file input, the synthetic generator, funding and what-if fields. */
export const Empty: Story = {};

/**
 * The first screen as it comes: the default synthetic insured population (1,000,000 insured, 15% with a
 * compliant burden — stated assumptions), the premium prefilled from 潮府办〔2012〕90号 二（四）(≤ 20 元),
 * published against a what-if with the threshold at 8,000 元 and band 2 at 65%.
 */
export const SyntheticWhatIf: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dbbx-fund') as DbbxFund;
    await el.updateComplete;
    const set = (sel: string, v: string) => {
      const i = el.shadowRoot!.querySelector<HTMLInputElement>(sel)!;
      i.value = v;
      i.dispatchEvent(new Event('input'));
    };
    el.generate();
    set('#f-threshold', '8000');
    set('#f-ratio-1', '65%');
    await el.calculate();
  },
};

/** The same tool in English. */
export const English: Story = { args: { lang: 'en' }, play: SyntheticWhatIf.play! };
