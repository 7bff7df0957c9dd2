// <dbbx-breakdown> given an engine result directly (`.result=${calculate(…)}`), as a fund's own page or a
// report would use it without the form. The result is an arg, so the Controls panel shows the whole object.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { calculate } from '../src/engine/index.js';
import { breakdown, type BreakdownArgs } from './support.js';

const meta = {
  title: 'Elements/Breakdown',
  component: 'dbbx-breakdown',
  args: { lang: 'zh-CN' },
  render: (args) => breakdown(args),
} satisfies Meta<BreakdownArgs>;

export default meta;
type Story = StoryObj<BreakdownArgs>;

const ningbo = () => calculate({ region: '330200', date: '2015-06-01', scheme: 'resident', selfPaid: '150000' });

/** Ningbo, 150,000 元: 30,000 × 50% + 50,000 × 55% + 50,000 × 60% = 72,500.00. */
export const Ningbo: Story = {
  tags: ['result'],
  args: { result: ningbo() },
};

/** Chaozhou in 2015, 180,000.01 元: the tiers add up past 100,000 元 and the annual cap cuts it to 100,000.00. */
export const ChaozhouCapReached: Story = {
  tags: ['result'],
  args: { result: calculate({ region: '445100', date: '2015-06-01', scheme: 'resident', selfPaid: '180000.01' }) },
};

/** Xinbei's 低保 supplement with an excluded item (6,000 元 of 新型昂贵项目), listed in its own table. */
export const XinbeiExcludedItems: Story = {
  tags: ['result', 'excluded'],
  args: {
    result: calculate({
      region: '320411', date: '2022-06-01', scheme: 'resident', selfPaid: '5000', otherSelfPaid: '3000',
      excluded: [{ reason: 'new-expensive', amount: '6000' }],
    }),
  },
};

/** The Ningbo result in English. */
export const English: Story = {
  tags: ['result'],
  args: { result: ningbo(), lang: 'en' },
};
