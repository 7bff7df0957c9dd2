import { css } from 'lit';
import { tokens } from '../shared/base.js';

export const breakdownStyles = [tokens, css`
  :host { display: block; }
  h3 { font-size: 1rem; margin: 0 0 0.25rem; }
  .warnings {
    border-left: 5px solid var(--_warning-border); background: var(--_warning-bg);
    padding: 0.5rem 0.75rem; margin: 0 0 var(--_space);
  }
  .warnings ul { margin: 0; padding-left: 1.25rem; }
  .scroll { overflow-x: auto; max-width: 100%; margin: 0 0 var(--_space); position: relative; }
  table { border-collapse: collapse; width: 100%; min-width: 32rem; font-variant-numeric: tabular-nums; }
  caption { text-align: left; font-weight: 700; padding: 0 0 0.5rem; }
  th, td { border-bottom: 1px solid var(--_rule); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
  thead th { border-bottom: 2px solid var(--_border); font-size: 0.875rem; color: var(--_muted); }
  .num { text-align: right; white-space: nowrap; }
  tbody th { font-weight: 400; min-width: 11rem; }
  tr.cap td, tr.other-cap td { color: var(--_error); }
  tfoot th, tfoot td { font-weight: 700; border-bottom: none; }
  tfoot tr.claim th, tfoot tr.claim td { border-top: 2px solid var(--_border); }
  .cite { display: block; font-size: 0.8125rem; color: var(--_muted); }
  .bar { margin: 0 0 var(--_space); }
  .bar svg { display: block; width: 100%; height: 28px; border: 1px solid var(--_border); box-sizing: border-box; }
  .seg.below { fill: var(--_surface-alt); }
  .seg.tier, .seg.other { fill: var(--_unpaid); }
  .seg.over { fill: var(--_surface-alt); }
  .paid { fill: var(--_paid); }
  .divider { stroke: var(--_surface); stroke-width: 2; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.875rem; color: var(--_muted); margin-top: 0.25rem; }
  .key {
    display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: -0.1em; border: 1px solid var(--_border);
  }
  /* Printers drop background colours by default: the bar and its key would print as empty boxes. */
  .bar svg, .key { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .legend { color: var(--_text); }
  .bar-total { font-weight: 700; }
  .key.below { background: var(--_surface-alt); }
  .key.paid { background: var(--_paid); }
  .key.tier { background: var(--_unpaid); }
  details { margin: 0 0 0.75rem; }
  summary { cursor: pointer; color: var(--_accent); text-decoration: underline; padding: 0.25rem 0; }
  details ul { padding-left: 1.25rem; margin: 0.5rem 0; }
  details li { margin-bottom: 0.4rem; }
  q { display: block; font-size: 0.8125rem; color: var(--_muted); }
  td.value { font-variant-numeric: tabular-nums; white-space: nowrap; }
  .estimate { font-size: 0.875rem; color: var(--_muted); margin: 0; }
  .claim-note { font-size: 0.875rem; color: var(--_muted); margin: 0 0 0.75rem; }
  /* A phone (or 200% zoom): each band becomes a card, every figure labelled and on screen. */
  @media (max-width: 40rem) {
    .scroll.main { overflow-x: visible; }
    table[part='table'] { min-width: 0; }
    table[part='table'] thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    table[part='table'], table[part='table'] tbody, table[part='table'] tr, table[part='table'] tfoot { display: block; }
    table[part='table'] tbody tr {
      border: 1px solid var(--_rule); border-radius: var(--_radius); margin: 0 0 0.5rem; padding: 0.25rem 0.5rem;
    }
    table[part='table'] tbody th { display: block; border: 0; min-width: 0; padding: 0.25rem 0; }
    table[part='table'] tbody td { display: flex; justify-content: space-between; gap: 1rem; border: 0; padding: 0.125rem 0; }
    table[part='table'] tbody td::before { content: attr(data-label); color: var(--_muted); text-align: left; white-space: normal; }
    table[part='table'] caption { display: block; }
    table[part='table'] tfoot tr { display: block; border-top: 1px solid var(--_rule); padding: 0.25rem 0; }
    table[part='table'] tfoot th { display: block; border: 0; padding: 0; }
    table[part='table'] tfoot td { display: flex; justify-content: space-between; gap: 1rem; border: 0; padding: 0; }
    table[part='table'] tfoot td:empty { display: none; }
    table[part='table'] tfoot td[data-label]::before { content: attr(data-label); font-weight: 400; color: var(--_muted); }
    /* 每个数字的依据: item, figure and source one under another, so no document number or quote is cut. */
    .trace .scroll { overflow-x: visible; }
    table.trace-table { min-width: 0; }
    table.trace-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    table.trace-table, table.trace-table tbody, table.trace-table tr { display: block; }
    table.trace-table tr { border-bottom: 1px solid var(--_rule); padding: 0.4rem 0; }
    table.trace-table th, table.trace-table td { display: block; border: 0; padding: 0.1rem 0; min-width: 0; }
    table.trace-table td.value { white-space: normal; font-weight: 700; }
  }
  @media print {
    .trace, .notes { display: none; }
    .scroll { overflow: visible; }
    table { min-width: 0; font-size: 10pt; }
    tbody th { width: 42%; }
    .cite { font-size: 8pt; }
    th, td { padding: 2pt 4pt; }
    .bar svg { height: 16px; }
  }
`];
