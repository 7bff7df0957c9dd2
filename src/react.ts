// `dbbx/react`: React components for the dbbx elements, made with @lit/react. React 18 sets every prop as an
// attribute (so `rows` arrived as "[object Object]") and never listens to custom events; React 19 needs
// `ondbbx-result`. These wrappers set properties and take typed onDbbx… handlers in both.
//   import { DbbxCalculator } from 'dbbx/react';
//   <DbbxCalculator region="330200" onDbbxResult={(e) => setPayout(e.detail.payout)} />
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  DbbxCalculator as CalculatorElement, DbbxBreakdown as BreakdownElement, DbbxLedger as LedgerElement,
} from './elements/index.js';
import { DbbxFund as FundElement } from './fund-entry.js';
import type { DbbxEventMap } from './events.js';

const event = <K extends keyof DbbxEventMap>(name: K) => name as EventName<DbbxEventMap[K]>;

export const DbbxCalculator = createComponent({
  react: React,
  tagName: 'dbbx-calculator',
  elementClass: CalculatorElement,
  events: { onDbbxResult: event('dbbx-result'), onDbbxError: event('dbbx-error') },
  displayName: 'DbbxCalculator',
});

export const DbbxBreakdown = createComponent({
  react: React,
  tagName: 'dbbx-breakdown',
  elementClass: BreakdownElement,
  displayName: 'DbbxBreakdown',
});

export const DbbxLedger = createComponent({
  react: React,
  tagName: 'dbbx-ledger',
  elementClass: LedgerElement,
  events: { onDbbxLedgerChange: event('dbbx-ledger-change') },
  displayName: 'DbbxLedger',
});

export const DbbxFund = createComponent({
  react: React,
  tagName: 'dbbx-fund',
  elementClass: FundElement,
  events: { onDbbxProjection: event('dbbx-projection') },
  displayName: 'DbbxFund',
});

export type { DbbxEventMap, DbbxErrorDetail, DbbxLedgerChangeDetail, DbbxProjectionDetail } from './events.js';
