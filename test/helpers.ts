import { expect } from '@open-wc/testing';
import { calculate, DbbxInputError, type CalculationRequest, type CalculationResult, type InputIssue } from '../src/engine/index.js';

/** calculate() with the request's other fields defaulted for one region. */
export function calcWith(defaults: Omit<CalculationRequest, 'selfPaid'>) {
  return (selfPaid: CalculationRequest['selfPaid'], more: Partial<CalculationRequest> = {}): CalculationResult =>
    calculate({ ...defaults, selfPaid, ...more });
}

/** The issues calculate() throws for a request; fails the test if it does not throw DbbxInputError. */
export function inputIssues(request: unknown): InputIssue[] {
  try {
    calculate(request as CalculationRequest);
  } catch (e) {
    expect(e).to.be.instanceOf(DbbxInputError);
    return (e as DbbxInputError).issues;
  }
  expect.fail('calculate() should have refused this request');
  return [];
}

/** Rows as [from, to, ratio, base, amount] for compact comparison with a hand calculation. */
export function rows(r: CalculationResult) {
  return r.tiers.map((t) => [t.kind, t.from, t.to, t.ratio, t.base, t.amount]);
}
