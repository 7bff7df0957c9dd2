import { css } from 'lit';
import { tokens } from '../shared/base.js';

export const calculatorStyles = [tokens, css`
  :host { display: block; max-width: 48rem; background: var(--_surface); }
  :host([hidden]) { display: none; }
  form { padding: var(--_space); }
  .title { font-size: 1.5rem; line-height: 1.25; margin: 0 0 0.25rem; }
  .intro { margin: 0 0 var(--_space); color: var(--_muted); }
  .field { margin: 0 0 var(--_space); padding: 0; border: 0; min-width: 0; }
  .field.has-error, .sub.has-error { border-left: 5px solid var(--_error); padding-left: 0.75rem; }
  label, legend, .label { display: block; font-weight: 700; margin: 0 0 0.25rem; padding: 0; }
  .hint { color: var(--_muted); margin: 0 0 0.375rem; font-size: 0.9375rem; }
  .error { color: var(--_error); font-weight: 700; margin: 0 0 0.375rem; }
  /* A value the policy fixes (one region, one scheme), shown as text where a choice would be. */
  .fixed-value { margin: 0; }
  input[type='text'], input[type='date'], select {
    font: inherit; color: var(--_text); background: var(--_surface);
    border: 2px solid var(--_border); border-radius: var(--_radius);
    padding: 0.375rem 0.5rem; min-height: 2.5rem; box-sizing: border-box; max-width: 100%;
  }
  input[type='text'] { width: 14em; font-variant-numeric: tabular-nums; }
  select { width: 100%; max-width: 30em; }
  .has-error input, .has-error select { border-color: var(--_error); }
  .policy {
    margin: 0.5rem 0 0; padding: 0.5rem 0.75rem; background: var(--_surface-alt); border-radius: var(--_radius); font-size: 0.9375rem;
  }
  .radios { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
  .radio { display: inline-flex; align-items: center; gap: 0.5rem; font-weight: 400; margin: 0; cursor: pointer; min-height: 2.25rem; }
  .radio input { width: 1.4rem; height: 1.4rem; margin: 0; accent-color: var(--_accent); }
  .excluded-row {
    display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.5rem 1rem; padding: 0.5rem 0; border-bottom: 1px solid var(--_rule);
  }
  .excluded-row .sub { min-width: 0; flex: 1 1 14rem; }
  .excluded-row .sub.amount { flex: 0 1 10rem; }
  .excluded-row .sub.amount input { width: 100%; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 0 0 var(--_space); }
  button {
    font: inherit; font-weight: 700; cursor: pointer; border-radius: var(--_radius);
    padding: 0.5rem 1rem; min-height: 2.5rem;
    background: var(--_accent); color: var(--_on-accent); border: 2px solid var(--_accent);
  }
  button.secondary { background: var(--_surface); color: var(--_accent); }
  button:disabled { cursor: not-allowed; opacity: 0.6; }
  .excluded button { margin-top: 0.5rem; }
  .error-summary {
    border: 4px solid var(--_error); padding: 0.75rem var(--_space); margin: 0 0 var(--_space);
  }
  .error-summary h2 { font-size: 1.125rem; margin: 0 0 0.5rem; }
  .error-summary ul { margin: 0; padding-left: 1.25rem; }
  .error-summary a { color: var(--_error); font-weight: 700; }
  .result {
    border-left: 6px solid var(--_accent); background: var(--_surface-alt); padding: 0.75rem var(--_space); margin: 0 0 var(--_space);
  }
  .result p { margin: 0.125rem 0; }
  .warnings {
    border-left: 5px solid var(--_warning-border); background: var(--_warning-bg); padding: 0.4rem 0.75rem; margin: 0 0 0.5rem;
  }
  .warnings-title { font-weight: 700; }
  .warnings ul { margin: 0; padding-left: 1.25rem; }
  .payout { font-size: 1.375rem; font-weight: 700; }
  .capital { font-size: 1rem; }
  .awaiting { color: var(--_muted); }
  .result.engine-failed { border-left-color: var(--_error); }
  .result.engine-failed .awaiting { color: var(--_error); font-weight: 700; }
  .print-only { display: none; }
  .remaining { font-weight: 700; }
  .next-step { margin-top: 0.375rem !important; }
  .cite { font-size: 0.8125rem; color: var(--_muted); }
  button.small { padding: 0.25rem 0.6rem; min-height: 2rem; font-size: 0.875rem; }
  .earlier-row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; margin: 0 0 0.5rem; }
  .earlier-row .sub-label { font-weight: 400; flex: 0 0 100%; margin: 0; }
  .earlier-row.has-error { border-left: 5px solid var(--_error); padding-left: 0.75rem; }
  .sum { margin: 0.25rem 0 0.5rem; font-variant-numeric: tabular-nums; }
  .help { margin: 0.5rem 0 0; }
  .help summary { cursor: pointer; color: var(--_accent); text-decoration: underline; padding: 0.25rem 0; font-weight: 400; }
  .help[open] { border-left: 4px solid var(--_rule); padding-left: 0.75rem; }
  .help q { quotes: '“' '”'; }
  .help-def { font-size: 0.9375rem; }
  .slip-drawing { margin: 0.5rem 0; padding: 0.5rem; border: 1px dashed var(--_border); background: var(--_surface); }
  .slip-drawing figcaption { font-size: 0.875rem; color: var(--_muted); margin: 0 0 0.375rem; }
  .slip-drawing table { border-collapse: collapse; width: 100%; font-size: 0.875rem; font-variant-numeric: tabular-nums; }
  .slip-drawing th, .slip-drawing td {
    text-align: left; vertical-align: top; padding: 0.3rem 0.4rem; border-bottom: 1px solid var(--_rule);
  }
  .slip-drawing .num { text-align: right; white-space: nowrap; }
  .slip-drawing tbody th { font-weight: 700; }
  .line.counts th, .line.counts td.num { background: #e3f2e9; box-shadow: inset 4px 0 0 var(--_paid); }
  .line.not th, .line.not td.num { color: var(--_muted); text-decoration: line-through; }
  .line.open th, .line.open td.num { background: var(--_warning-bg); }
  .line .tag { display: inline-block; }
  .line.counts .tag { color: var(--_paid); }
  .line.open .tag { color: var(--_warning-border); }
  .adder { margin: 0.5rem 0 0; }
  .adder-title { margin: 0 0 0.375rem; font-weight: 700; }
  .adder-row { margin: 0 0 0.5rem; }
  .adder-row label { font-weight: 400; }
  .adder-row.has-error { border-left: 5px solid var(--_error); padding-left: 0.75rem; }
  @media (max-width: 30rem) {
    .slip-drawing thead { display: none; }
    .slip-drawing tr { display: grid; grid-template-columns: 1fr auto; border-bottom: 1px solid var(--_rule); }
    .slip-drawing th, .slip-drawing td { border: 0; }
    .slip-drawing td:last-child { grid-column: 1 / -1; }
    form { padding: 0.75rem; }
    .title { font-size: 1.25rem; }
    input[type='text'] { width: 100%; }
  }
  @media print {
    :host { max-width: none; font-size: 10.5pt; }
    form { padding: 0; }
    .fields, .intro, .title, .error-summary, .help, .announcer { display: none; }
    .print-only { display: block; }
    .print-head h1 { font-size: 15pt; margin: 0 0 6pt; }
    /* Two pairs a line and small print for the notes: one A4 page even with warnings and an English screen. */
    .print-head dl { display: grid; grid-template-columns: fit-content(11em) 1fr fit-content(11em) 1fr; gap: 1pt 10pt; margin: 0 0 8pt; }
    .print-head dd.wide { grid-column: 2 / -1; }
    .warnings, .next-step { font-size: 9pt; }
    .warnings { padding: 2pt 6pt; }
    .print-head dt { font-weight: 700; }
    .print-head dd { margin: 0; }
    .result { border: 1px solid #000; background: none; padding: 6pt 8pt; margin: 0 0 8pt; break-inside: avoid; }
    .payout { font-size: 13pt; }
  }
`];
