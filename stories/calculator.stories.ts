// <dbbx-calculator> in the states a portal, a discharge desk and a policy officer actually meet. Controls and
// the docs tables come from custom-elements.json (see .storybook/preview.ts); nothing here restates them.
// Amounts go in through the element's public setAmounts() (see support.ts), exactly as a desk system would.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent, expect, waitFor } from 'storybook/test';
import type { DbbxCalculator } from '../src/index.js';
import { calculator, type CalculatorArgs } from './support.js';

const meta = {
  title: 'Elements/Calculator',
  component: 'dbbx-calculator',
  args: { lang: 'zh-CN' },
  render: (args) => calculator(args),
} satisfies Meta<CalculatorArgs>;

export default meta;
type Story = StoryObj<CalculatorArgs>;

/** A discharge this year (150,000 元 so far) after an earlier one (30,000 元). */
const claim = { selfPaid: '150000', priorSelfPaid: '30000' };

// ---- one story per policy ------------------------------------------------------------------------

/** Nothing filled in yet: what a person sees on arriving. */
export const Empty: Story = {
  args: { region: '330200', date: '2015-06-01' },
};

/** 甬政办发〔2013〕268号: this discharge pays 67,500.00 (72,500.00 for the year less 5,000.00 before). */
export const Ningbo: Story = {
  tags: ['result'],
  args: { region: '330200', date: '2015-06-01' },
  render: (args) => calculator(args, claim),
};

/** 江阴市城乡居民大病保险制度 (2020): 82,000.00 for this discharge, no cap. */
export const Jiangyin: Story = {
  tags: ['result'],
  args: { region: '320281', date: '2020-08-01' },
  render: (args) => calculator(args, claim),
};

/** 潮府办〔2012〕90号 with the 粤府办〔2016〕85号 overlay: 72,000.00, and the overlay's warning. */
export const Chaozhou: Story = {
  tags: ['result'],
  args: { region: '445100', date: '2017-06-01' },
  render: (args) => calculator(args, claim),
};

/**
 * 常开委办〔2021〕143号, Xinbei's 低保 supplementary scheme: the burden counted is the 大病保险 self-paid part
 * plus the other compliant self-paid costs (otherSelfPaid), 6,500.00 here. Excluded items (新型昂贵项目…)
 * cannot be set through a public method; the next story adds one through the form itself.
 */
export const Xinbei: Story = {
  tags: ['result'],
  args: { region: '320411', date: '2022-06-01' },
  render: (args) => calculator(args, { selfPaid: '5000', otherSelfPaid: '3000' }),
};

/**
 * Xinbei with an excluded item, entered the way a person does: 添加 → reason 新型、昂贵的诊疗项目和耗材 →
 * 6,000 元. The play function drives the form (the docs page shows the story before it runs).
 */
export const XinbeiWithExcludedItem: Story = {
  tags: ['result', 'excluded'],
  args: { region: '320411', date: '2022-06-01' },
  render: (args) => calculator(args, { selfPaid: '5000', otherSelfPaid: '3000' }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<DbbxCalculator>('dbbx-calculator')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    await userEvent.click(root.querySelector<HTMLButtonElement>('.add-excluded')!);
    await el.updateComplete;
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('#f-excluded-0-reason')!, 'new-expensive');
    await userEvent.type(root.querySelector<HTMLInputElement>('#f-excluded-0-amount')!, '6000');
    await el.updateComplete;
    await expect(el.result?.excluded.length).toBe(1);
  },
};

/** A city portal: only its own region, no region picker (`lock-region`), today's policy. */
export const LockedRegionPortal: Story = {
  tags: ['result'],
  args: { region: '330200', 'lock-region': true },
  render: (args) => calculator(args, claim),
};

// ---- 困难群体 groups -----------------------------------------------------------------------------

/** Jiangyin, 医疗救助对象: lower threshold, higher ratios — 88,000.00. */
export const JiangyinMedicalAssistance: Story = {
  tags: ['result'],
  args: { region: '320281', date: '2020-08-01', group: 'medical-assistance' },
  render: (args) => calculator(args, claim),
};

/** Chaozhou, 特困人员 under 粤府办〔2016〕85号: no annual cap — 96,000.00. */
export const ChaozhouExtremePoverty: Story = {
  tags: ['result'],
  args: { region: '445100', date: '2017-06-01', group: 'extreme-poverty' },
  render: (args) => calculator(args, claim),
};

/** Chaozhou, 低保对象: 84,000.00. */
export const ChaozhouSubsistence: Story = {
  tags: ['result'],
  args: { region: '445100', date: '2017-06-01', group: 'subsistence' },
  render: (args) => calculator(args, claim),
};

// ---- edges ---------------------------------------------------------------------------------------

/** Ningbo, 15,000 元: under the 20,000 元 threshold, so 0.00. */
export const BelowThreshold: Story = {
  tags: ['result'],
  args: { region: '330200', date: '2015-06-01' },
  render: (args) => calculator(args, { selfPaid: '15000' }),
};

/** Ningbo, 600,000 元: compliant costs are counted up to 500,000 元 (an expense cap) — 282,500.00. */
export const CapReachedNingbo: Story = {
  tags: ['result'],
  args: { region: '330200', date: '2015-06-01' },
  render: (args) => calculator(args, { selfPaid: '600000' }),
};

/** Chaozhou before the Guangdong overlay, 300,000 元: the 100,000 元 annual payout cap applies. */
export const CapReachedChaozhou: Story = {
  tags: ['result'],
  args: { region: '445100', date: '2015-06-01' },
  render: (args) => calculator(args, { selfPaid: '300000' }),
};

/** Text that is not an amount, and a negative one, after 计算: the error summary and inline errors. */
export const InputErrors: Story = {
  tags: ['errors'],
  args: { region: '330200', date: '2015-06-01' },
  render: (args) => calculator(args, { selfPaid: 'abc', priorSelfPaid: '-5' }, { validate: true }),
};

// ---- languages -----------------------------------------------------------------------------------

/** The same Ningbo claim in English; document numbers and quotes stay Chinese, marked lang="zh-CN". */
export const English: Story = {
  tags: ['result'],
  args: { region: '330200', date: '2015-06-01', lang: 'en' },
  render: (args) => calculator(args, claim),
};

/** English input errors. */
export const EnglishInputErrors: Story = {
  tags: ['errors'],
  args: { region: '330200', date: '2015-06-01', lang: 'en' },
  render: (args) => calculator(args, { selfPaid: 'abc', priorSelfPaid: '-5' }, { validate: true }),
};

// ---- themes: only --dbbx-* custom properties and ::part() ---------------------------------------

/**
 * A dark theme. Contrast (WCAG 2.2): text 14.6:1 on the surface and 12.3:1 on panels; hints 8.8:1; accent
 * 8.3:1; button text 9.1:1 on the accent; errors 8.5:1; input borders 5.9:1; paid vs unpaid bar 4.3:1.
 */
export const DarkTheme: Story = {
  tags: ['result'],
  parameters: { layout: 'fullscreen' },
  args: { region: '445100', date: '2017-06-01' },
  render: (args) => html`
    <style>
      /* The host page is dark, and says so: native controls (radios, the date picker) follow color-scheme. */
      .dbbx-dark { background: #0d1117; padding: 1.5rem; color-scheme: dark; }
      .dbbx-dark dbbx-calculator {
        --dbbx-color-surface: #161b22;
        --dbbx-color-surface-alt: #222a33;
        --dbbx-color-text: #e6edf3;
        --dbbx-color-muted: #b1bac4;
        --dbbx-color-accent: #79b8ff;
        --dbbx-color-on-accent: #0d1117;
        --dbbx-color-error: #ff9b92;
        --dbbx-color-border: #8b98a5;
        --dbbx-color-rule: #39424d;
        --dbbx-color-focus: #ffd166;
        --dbbx-color-paid: #4cc38a;
        --dbbx-color-unpaid: #3d4752;
        --dbbx-color-warning-bg: #2d2511;
        --dbbx-color-warning-border: #d4a72c;
        --dbbx-radius: 6px;
      }
      .dbbx-dark dbbx-calculator::part(form) { border: 1px solid #39424d; border-radius: 6px; }
    </style>
    <div class="dbbx-dark">${calculator(args, claim)}</div>`,
};

/**
 * A government portal's own red (#a4262c, 7.3:1 on white, white button text 7.3:1), a bigger payout in a
 * darker red (8.0:1 on the result panel), square corners and a red rule over the form. The portal's header
 * is the host page's, not the element's.
 */
export const PortalTheme: Story = {
  tags: ['result'],
  parameters: { layout: 'fullscreen' },
  args: { region: '330200', date: '2015-06-01', 'lock-region': true },
  render: (args) => html`
    <style>
      .gov-portal { background: #f6f1ef; padding: 0 0 2rem; font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif; }
      .gov-portal header { background: #a4262c; color: #fff; padding: 0.9rem 1.5rem; margin: 0 0 1.5rem; border-bottom: 4px solid #d4a72c; }
      .gov-portal header strong { font-size: 1.25rem; letter-spacing: 0.05em; }
      .gov-portal header span { display: block; font-size: 0.875rem; opacity: 0.95; }
      .gov-portal main { padding: 0 1.5rem; }
      .gov-portal dbbx-calculator {
        --dbbx-font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif;
        --dbbx-color-accent: #a4262c;
        --dbbx-color-on-accent: #ffffff;
        --dbbx-color-text: #1f1a1a;
        --dbbx-color-muted: #5a4d4d;
        --dbbx-color-surface: #ffffff;
        --dbbx-color-surface-alt: #fbf1f0;
        --dbbx-color-border: #7a6a6a;
        --dbbx-color-rule: #ead7d5;
        --dbbx-color-unpaid: #d9c9c7;
        --dbbx-radius: 2px;
        box-shadow: 0 1px 3px rgb(0 0 0 / 0.12);
      }
      .gov-portal dbbx-calculator::part(form) { border-top: 6px solid #a4262c; }
      .gov-portal dbbx-calculator::part(payout) { font-size: 1.875rem; color: #8e1f25; }
      .gov-portal dbbx-calculator::part(result) { border-left-width: 8px; }
      .gov-portal dbbx-calculator::part(button) { letter-spacing: 0.1em; }
    </style>
    <div class="gov-portal">
      <header><strong>市民服务门户（示例）</strong><span>城乡居民大病保险 · 待遇测算 · 宁波市（市区）</span></header>
      <main>${calculator(args, claim)}</main>
    </div>`,
};

// ---- a patient on a portal ----------------------------------------------------------------------------

/**
 * A patient holding a 结算单: this stay (120,000 元) and the earlier ones of the year (30,000 元), the page's own
 * heading instead of the element's. Pays 67,500.00, the same as the year-to-date form.
 */
export const PerDischarge: Story = {
  tags: ['result', 'portal'],
  args: { region: '330200', date: '2015-06-01', entry: 'discharge', heading: '' },
  render: (args) => calculator(args, { thisDischarge: '120000' }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dbbx-calculator') as DbbxCalculator;
    await el.updateComplete;
    const earlier = el.shadowRoot!.querySelector<HTMLInputElement>('#f-earlier-0')!;
    await userEvent.type(earlier, '30000');
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[part="payout"]')!.textContent).toContain('67,500.00');
  },
};

/** "Which line of my 结算单 is this?": the drawn slip with the lines that count in Ningbo, and the adder. */
export const SlipHelp: Story = {
  tags: ['portal'],
  args: { region: '330200', date: '2015-06-01', entry: 'discharge' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dbbx-calculator') as DbbxCalculator;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="help"]')!.open = true;
    // The help's lines are fetched on its first opening.
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('.slip-drawing tr.counts').length).toBe(3));
  },
};

/** The same on a phone: bands become cards, the payout stays on screen (Storybook's small viewport). */
export const Phone: Story = {
  tags: ['result', 'portal'],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  args: { region: '330200', date: '2015-06-01' },
  render: (args) => calculator(args, claim),
};
