import { css } from 'lit';
import { tokens } from '../shared/base.js';

export const ledgerStyles = [tokens, css`
  :host { display: block; background: var(--_surface); }
  .screen { padding: var(--_space); }
  .title { font-size: 1.375rem; line-height: 1.25; margin: 0 0 0.25rem; }
  .intro, .hint, .muted { color: var(--_muted); }
  .intro { margin: 0 0 var(--_space); }
  /* Positioned, so visually-hidden labels inside a wide table scroll with it instead of widening the page. */
  .scroll { overflow-x: auto; max-width: 100%; margin: 0 0 0.75rem; position: relative; }
  /* Fixed layout: a keystroke changes figures in every row below it, and an auto-sized table would measure
     every cell again each time (measured: most of a keystroke's cost on a 30-row year). */
  table { border-collapse: collapse; width: 100%; min-width: 68rem; font-variant-numeric: tabular-nums; table-layout: fixed; }
  .c-pick { width: 3rem; }
  .c-no { width: 2.5rem; }
  .c-date { width: 9.5rem; }
  .c-amount { width: 8.5rem; }
  .c-ex { width: 5.5rem; }
  .c-fig { width: 7.5rem; }
  /* The notes take what the other columns leave (the table scrolls below its min-width). */
  .c-notes { width: auto; }
  /* The button shows 删除 / Remove (its accessible name says which discharge); a longer label wraps inside it. */
  .c-act { width: 5.5rem; }
  td.act button.small { white-space: normal; max-width: 100%; }
  .notes { overflow-wrap: anywhere; }
  caption { text-align: left; font-weight: 700; padding: 0 0 0.5rem; }
  th, td { border-bottom: 1px solid var(--_rule); padding: 0.35rem 0.4rem; text-align: left; vertical-align: middle; }
  thead th { border-bottom: 2px solid var(--_border); font-size: 0.875rem; color: var(--_muted); }
  .num { text-align: right; white-space: nowrap; }
  /* Figures stay on one line; their headings wrap (the English ones ran into each other). */
  thead th.num { white-space: normal; }
  .strong { font-weight: 700; }
  tr.has-error td { background: #fdf0ef; }
  tr.chosen td { background: var(--_surface-alt); }
  tfoot th, tfoot td { font-weight: 700; border-bottom: none; border-top: 2px solid var(--_border); }
  input[type='text'], input[type='date'], select {
    font: inherit; color: var(--_text); background: var(--_surface); border: 2px solid var(--_border);
    border-radius: var(--_radius); padding: 0.25rem 0.4rem; min-height: 2.25rem; box-sizing: border-box; max-width: 100%;
  }
  input.amount { width: 9em; }
  input[aria-invalid='true'] { border-color: var(--_error); }
  .pick input { width: 1.25rem; height: 1.25rem; accent-color: var(--_accent); }
  .notes { min-width: 12rem; font-size: 0.875rem; }
  .notes span { display: block; }
  .given-date { display: block; font-size: 0.875rem; color: var(--_error); font-weight: 700; overflow-wrap: anywhere; }
  .same-date { color: var(--_text); background: var(--_warning-bg); border-left: 4px solid var(--_warning-border); padding: 0 0.25rem; }
  .error { color: var(--_error); font-weight: 700; }
  .mark { color: var(--_paid); font-weight: 700; }
  .check { font-size: 0.9375rem; margin: 0 0 0.75rem; }
  .warnings {
    border-left: 5px solid var(--_warning-border); background: var(--_warning-bg);
    padding: 0.5rem 0.75rem; margin: 0 0 var(--_space);
  }
  .warnings h3 { font-size: 1rem; margin: 0 0 0.25rem; }
  .warnings ul { margin: 0; padding-left: 1.25rem; }
  .warn { grid-column: 1 / -1; margin: -0.25rem 0 0.25rem; color: var(--_text); background: var(--_warning-bg);
    border-left: 4px solid var(--_warning-border); padding: 0.25rem 0.5rem; font-size: 0.9375rem; }
  button {
    font: inherit; font-weight: 700; cursor: pointer; border-radius: var(--_radius); padding: 0.4rem 0.9rem; min-height: 2.25rem;
    background: var(--_accent); color: var(--_on-accent); border: 2px solid var(--_accent);
  }
  button.secondary { background: var(--_surface); color: var(--_accent); }
  button.small { padding: 0.2rem 0.5rem; font-size: 0.875rem; white-space: nowrap; }
  button.link {
    background: none; border: none; color: var(--_accent); text-decoration: underline; padding: 0.2rem; min-height: 0; font-weight: 400;
  }
  button:disabled { cursor: not-allowed; opacity: 0.6; }
  /* A fieldset is as wide as its widest content by default: a reason's long wording made the page scroll sideways. */
  .excluded-editor fieldset { border: 1px solid var(--_rule); margin: 0; padding: 0.5rem 0.75rem; min-width: 0; }
  .ex-row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; margin-bottom: 0.5rem; }
  .ex-row label { display: flex; flex-direction: column; font-weight: 700; font-size: 0.875rem; min-width: 0; max-width: 100%; }
  .ex-row label.reason { flex: 1 1 16rem; }
  .ex-row select { width: 100%; text-overflow: ellipsis; }
  .ex-row select, .ex-row input { font-weight: 400; }
  .slip-controls { margin-top: calc(var(--_space) * 1.5); padding-top: var(--_space); border-top: 1px solid var(--_rule); }
  .slip-controls h3 { margin: 0 0 0.25rem; font-size: 1.125rem; }
  .patient {
    display: grid; grid-template-columns: max-content minmax(0, 18rem); gap: 0.5rem 0.75rem; align-items: center; margin: 0.5rem 0;
  }
  .patient label { font-weight: 700; }
  .selected { font-weight: 700; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; }
  .print-only { display: none; }
  @media (max-width: 30rem) {
    .screen { padding: 0.75rem; }
    .patient { grid-template-columns: minmax(0, 1fr); }
  }
  /* A phone, or a desk PC at 200% zoom: each discharge becomes a card, its payout on screen with its label. */
  @media (max-width: 48rem) {
    .scroll { overflow-x: visible; }
    table { min-width: 0; table-layout: auto; }
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    table, tbody, tfoot, caption, tr[part='row'], tr[part='row'] td, tr.excluded-editor, tr.excluded-editor td { display: block; }
    tr[part='row'] { border: 1px solid var(--_rule); border-radius: var(--_radius); margin: 0 0 0.75rem; padding: 0.25rem 0.5rem; }
    tr[part='row'] td {
      border: 0; padding: 0.2rem 0; display: grid; grid-template-columns: minmax(7rem, 40%) 1fr; gap: 0.5rem; align-items: center;
    }
    /* white-space: a figure's cell does not wrap; its label must, or it runs into the figure. */
    tr[part='row'] td::before { content: attr(data-label); color: var(--_muted); font-size: 0.875rem; white-space: normal; }
    tr[part='row'] td.num { text-align: left; }
    tr[part='row'] td.act { display: block; }
    tr[part='row'] td.act::before { content: none; }
    tr[part='row'] td.notes.none { display: none; }
    tfoot tr { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
    tfoot td:empty { display: none; }
    tfoot td[data-label]::before { content: attr(data-label) '：'; font-weight: 400; color: var(--_muted); }
    input.amount, input[type='date'] { width: 100%; }
  }
  @media print {
    .screen { display: none; }
    .print-only { display: block; }
    :host { font-size: 10pt; }
    .slip h1 { font-size: 15pt; margin: 0 0 6pt; }
    /* Two pairs a line: the slip keeps to one A4 page with a long warning and every detail on it. */
    .slip dl { display: grid; grid-template-columns: fit-content(11em) 1fr fit-content(11em) 1fr; gap: 1pt 10pt; margin: 0 0 8pt; }
    .slip dt { font-weight: 700; }
    .slip dd { margin: 0; }
    .slip-payout { border: 1px solid #000; padding: 6pt 8pt; margin: 0 0 8pt; }
    .slip-payout p { margin: 1pt 0; }
    .slip-payout .payout { font-size: 13pt; font-weight: 700; }
    .hospital { font-size: 12pt; font-weight: 700; margin: 0 0 2pt; }
    .printed { margin: 0 0 6pt; font-size: 9.5pt; }
    .slip-warnings { border: 1px solid #000; border-left-width: 4px; padding: 4pt 8pt 4pt 18pt; margin: 0 0 8pt; font-size: 9.5pt; }
    .sign { margin-top: 10pt; display: flex; justify-content: space-between; gap: 12pt; }
    /* Each excluded item is a table row with its clause: with several, the slip is set tighter so that all nine
       of Xinbei's reasons and the signature lines stay on one A4 page (the signatures alone went to page 2). */
    .slip.dense { font-size: 9pt; line-height: 1.3; }
    .slip.dense h1 { font-size: 13pt; margin: 0 0 3pt; }
    .slip.dense .printed { margin-bottom: 3pt; }
    .slip.dense .sign { margin-top: 6pt; }
    .slip.dense dl, .slip.dense .slip-payout, .slip.dense .slip-warnings { margin-bottom: 5pt; row-gap: 0; }
    .slip.dense .slip-payout { padding: 3pt 8pt; }
    .slip.dense .slip-payout .payout { font-size: 11pt; }
    /* Declarations on the host from outside win over the breakdown's own :host rule. */
    .slip.dense dbbx-breakdown { --dbbx-space: 3pt; line-height: 1.15; }
    .slip.dense dbbx-breakdown::part(table), .slip.dense dbbx-breakdown::part(excluded) { font-size: 8.5pt; }
    .slip.dense dbbx-breakdown::part(estimate) { font-size: 8pt; }
  }
`];
