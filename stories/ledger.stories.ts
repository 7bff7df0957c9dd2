// <dbbx-ledger>: a patient's year at the discharge desk. The rows are what a hospital system stores and hands
// back through the `rows` property; the figures are the engine's settleYear.
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { LedgerRow } from '../src/index.js';

interface LedgerArgs {
  hospital?: string;
  region?: string;
  scheme?: string;
  group?: string;
  lang?: string;
  rows?: LedgerRow[];
  onDbbxLedgerChange?: (e: Event) => void;
}

const meta = {
  title: 'Elements/Ledger',
  component: 'dbbx-ledger',
  args: { lang: 'zh-CN', scheme: 'resident' },
  render: (args) => html`<dbbx-ledger
    region=${ifDefined(args.region || undefined)} scheme=${ifDefined(args.scheme || undefined)}
    group=${ifDefined(args.group || undefined)} lang=${ifDefined(args.lang || undefined)} hospital=${ifDefined(args.hospital || undefined)}
    .rows=${args.rows ?? []} @dbbx-ledger-change=${args.onDbbxLedgerChange}></dbbx-ledger>`,
} satisfies Meta<LedgerArgs>;

export default meta;
type Story = StoryObj<LedgerArgs>;

/**
 * Ningbo 2015, three discharges: 30,000 → 5,000; 80,000 → 31,500 (26,500 for the second); 150,000 → 72,500
 * (41,000 for the third). The sum, 72,500.00, is what one claim of 150,000 is paid.
 */
export const NingboYear: Story = {
  tags: ['result'],
  args: {
    region: '330200',
    rows: [
      { id: 'a', date: '2015-03-01', selfPaid: '30000' },
      { id: 'b', date: '2015-06-01', selfPaid: '5万' },
      { id: 'c', date: '2015-09-01', selfPaid: '70,000' },
    ],
  },
};

/** Chaozhou 2015: the second discharge reaches the 100,000 元 annual cap (52,000 then 48,000, then nothing). */
export const ChaozhouCapReached: Story = {
  tags: ['result'],
  args: {
    region: '445100',
    rows: [
      { id: 'a', date: '2015-02-01', selfPaid: '100000' },
      { id: 'b', date: '2015-05-01', selfPaid: '100000' },
      { id: 'c', date: '2015-08-01', selfPaid: '1000' },
    ],
  },
};

/** Chaozhou 2017 for a 低保 recipient (粤府办〔2016〕85号: threshold 3,000, 70%, no cap). */
export const ChaozhouSubsistence: Story = {
  tags: ['result'],
  args: {
    region: '445100', group: 'subsistence',
    rows: [
      { id: 'a', date: '2017-03-14', selfPaid: '8600' },
      { id: 'b', date: '2017-06-02', selfPaid: '23500' },
      { id: 'c', date: '2017-09-21', selfPaid: '61000' },
    ],
  },
};

/** Xinbei's 低保 supplement with other self-paid costs per discharge and an excluded item. */
export const XinbeiYear: Story = {
  tags: ['result'],
  args: {
    region: '320411',
    rows: [
      { id: 'a', date: '2022-02-01', selfPaid: '1000', otherSelfPaid: '400' },
      { id: 'b', date: '2022-03-01', selfPaid: '2000', otherSelfPaid: '600', excluded: [{ reason: 'abroad', amount: '900' }] },
    ],
  },
};

/** Problems in their rows: a typing error blocks the rows after it; a discharge of another year is refused. */
export const RowErrors: Story = {
  args: {
    region: '330200',
    rows: [
      { id: 'a', date: '2015-03-01', selfPaid: '30000' },
      { id: 'b', date: '2015-04-01', selfPaid: '1万5' },
      { id: 'c', date: '2015-05-01', selfPaid: '10000' },
      { id: 'd', date: '2016-01-02', selfPaid: '500' },
    ],
  },
};

/** The same Ningbo year in English. */
export const English: Story = {
  tags: ['result'],
  args: { ...NingboYear.args, lang: 'en' },
};

/** An empty ledger, as a new patient's year starts. */
export const Empty: Story = { args: { region: '330200' } };

/**
 * The settlement slip a patient keeps, as it prints (the story shows the print layout on screen): hospital,
 * print time, name, 住院号, what is still borne, signature lines. Second discharge: 67,500.00.
 */
export const PrintedSlip: Story = {
  tags: ['result'],
  args: {
    region: '330200', hospital: '示例人民医院',
    rows: [{ id: 'a', date: '2015-03-01', selfPaid: '30000' }, { id: 'b', date: '2015-06-01', selfPaid: '120000' }],
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dbbx-ledger') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const root = el.shadowRoot!;
    root.querySelectorAll<HTMLInputElement>('input[name="slip"]')[1]!.click();
    await el.updateComplete;
    const name = root.querySelector<HTMLInputElement>('#patient-name')!;
    name.value = '张三';
    name.dispatchEvent(new Event('input'));
    await el.updateComplete;
    // What @media print does, for the screen: the slip instead of the desk.
    const style = document.createElement('style');
    style.textContent = '.screen { display: none !important; } .print-only { display: block !important; }';
    root.append(style);
  },
};
