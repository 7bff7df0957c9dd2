// `dbbx/react`: React components for the dbbx elements, made with @lit/react. React 18 sets every prop as an
// attribute (so `rows` arrived as "[object Object]") and never listens to custom events; React 19 needs
// `ondbbx-result`. These wrappers set properties and take typed onDbbx… handlers in both.
//   import { DbbxCalculator } from 'dbbx/react';
//   <DbbxCalculator region="330200" onDbbxResult={(e) => setPayout(e.detail.payout)} />
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  DbbxCalculator as CalculatorElement, DbbxBreakdown as BreakdownElement, DbbxLedger as LedgerElement,
  DbbxPolicySource as PolicySourceElement,
} from './elements/index.js';
import { DbbxFund as FundElement } from './fund-entry.js';
import type { DbbxEventMap } from './events.js';

const event = <K extends keyof DbbxEventMap>(name: K) => name as EventName<DbbxEventMap[K]>;

export const DbbxCalculator = createComponent({
  react: React,
  tagName: 'dbbx-calculator',
  elementClass: CalculatorElement,
  events: { onDbbxResult: event('dbbx-result'), onDbbxError: event('dbbx-error'), onDbbxCleared: event('dbbx-cleared') },
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
  events: { onDbbxLedgerChange: event('dbbx-ledger-change'), onDbbxCleared: event('dbbx-cleared') },
  displayName: 'DbbxLedger',
});

export const DbbxPolicySource = createComponent({
  react: React,
  tagName: 'dbbx-policy-source',
  elementClass: PolicySourceElement,
  events: { onDbbxPolicies: event('dbbx-policies'), onDbbxPoliciesError: event('dbbx-policies-error') },
  displayName: 'DbbxPolicySource',
});

export const DbbxFund = createComponent({
  react: React,
  tagName: 'dbbx-fund',
  elementClass: FundElement,
  events: { onDbbxProjection: event('dbbx-projection') },
  displayName: 'DbbxFund',
});

export type {
  DbbxEventMap, DbbxErrorDetail, DbbxLedgerChangeDetail, DbbxProjectionDetail, DbbxClearedDetail, DbbxPoliciesDetail,
  DbbxPoliciesErrorDetail,
} from './events.js';
