import { css } from 'lit';
import { tokens } from '../shared/base.js';

export const fundStyles = [tokens, css`
  :host { display: block; background: var(--_surface); }
  .wrap { padding: var(--_space); }
  h2 { font-size: 1.375rem; margin: 0 0 0.25rem; }
  .intro, .hint { color: var(--_muted); }
  .hint { font-size: 0.9375rem; margin: 0 0 0.375rem; }
  fieldset {
    border: 1px solid var(--_rule); border-radius: var(--_radius);
    margin: 0 0 var(--_space); padding: 0.5rem 0.75rem 0.75rem; min-width: 0;
  }
  legend { font-weight: 700; padding: 0 0.25rem; }
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; }
  .field { margin: 0 0 0.5rem; min-width: 0; }
  .field.has-error { border-left: 5px solid var(--_error); padding-left: 0.5rem; }
  label { display: block; font-weight: 700; margin-bottom: 0.2rem; }
  .error { color: var(--_error); font-weight: 700; margin: 0 0 0.25rem; }
  input[type='text'], input[type='date'], select {
    font: inherit; color: var(--_text); background: var(--_surface); border: 2px solid var(--_border);
    border-radius: var(--_radius); padding: 0.3rem 0.45rem; min-height: 2.25rem; box-sizing: border-box; max-width: 100%;
  }
  input[type='text'] { width: 10em; }
  .slider { display: block; width: 10em; max-width: 100%; margin-top: 0.35rem; accent-color: var(--_accent); }
  input[type='file'] { font: inherit; max-width: 100%; }
  .policy { margin: 0.25rem 0 0; color: var(--_muted); }
  .mapping { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin-top: 0.5rem; }
  .mapping .hint { flex-basis: 100%; }
  .bad { border-left: 5px solid var(--_warning-border); background: var(--_warning-bg); padding: 0.4rem 0.75rem; margin: 0.5rem 0; }
  .bad p, .bad ul { margin: 0.2rem 0; }
  .loaded { font-weight: 700; margin: 0.5rem 0 0; }
  details summary { cursor: pointer; color: var(--_accent); text-decoration: underline; margin: 0.5rem 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 0 0 0.75rem; }
  button {
    font: inherit; font-weight: 700; cursor: pointer; border-radius: var(--_radius); padding: 0.45rem 1rem; min-height: 2.4rem;
    background: var(--_accent); color: var(--_on-accent); border: 2px solid var(--_accent);
  }
  button.secondary { background: var(--_surface); color: var(--_accent); }
  button:disabled { cursor: not-allowed; opacity: 0.6; }
  .progress { display: flex; gap: 0.75rem; align-items: center; font-weight: 400; }
  progress { width: 16rem; max-width: 60%; }
  .error-summary { border: 4px solid var(--_error); padding: 0.5rem 0.75rem; margin: 0 0 var(--_space); }
  .error-summary h3 { margin: 0 0 0.25rem; font-size: 1.0625rem; }
  .scroll { overflow-x: auto; position: relative; margin: 0 0 var(--_space); }
  table { border-collapse: collapse; width: 100%; min-width: 28rem; font-variant-numeric: tabular-nums; }
  th, td { border-bottom: 1px solid var(--_rule); padding: 0.35rem 0.5rem; text-align: left; }
  thead th { border-bottom: 2px solid var(--_border); color: var(--_muted); font-size: 0.875rem; }
  tbody th { font-weight: 400; }
  .num { text-align: right; white-space: nowrap; }
  .charts { display: grid; gap: calc(var(--_space) * 1.5); }
  figure { margin: 0; }
  figcaption { font-weight: 700; margin-bottom: 0.25rem; }
  svg { max-width: 100%; height: auto; display: block; overflow: visible; }
  svg text { font-size: 13px; fill: var(--_text); }
  svg text.title { fill: var(--_muted); }
  svg text.mark { fill: var(--_error); font-weight: 700; }
  line.grid { stroke: var(--_rule); }
  line.mark { stroke: var(--_error); stroke-width: 1.5; stroke-dasharray: 4 3; }
  rect.a { fill: var(--_paid); }
  rect.b { fill: var(--_accent); }
  polyline { fill: none; stroke-width: 2.5; }
  polyline.a { stroke: var(--_paid); }
  polyline.b { stroke: var(--_accent); stroke-dasharray: 6 4; }
  .axis { stroke: var(--_border); }
  .legend { display: flex; gap: 1.25rem; margin: 0 0 0.5rem; font-size: 0.9375rem; }
  .key { display: inline-block; width: 1.5em; height: 0.6em; margin-right: 0.35em; vertical-align: 0.1em; }
  .key.a { background: var(--_paid); }
  .key.b {
    background: repeating-linear-gradient(90deg, var(--_accent) 0 6px, transparent 6px 9px); border-bottom: 2px solid var(--_accent);
  }
  .axis-label { font-size: 0.875rem; color: var(--_muted); margin: 0.25rem 0 0; }
  .table-view table { min-width: 0; }
  .file-problem { border-left: 5px solid var(--_error); padding: 0.4rem 0.75rem; margin: 0.5rem 0; }
  .file-problem p { margin: 0.2rem 0; }
  .encoding { margin: 0.25rem 0; color: var(--_muted); }
  .error-summary a { color: var(--_error); font-weight: 700; }
  .mapping select { max-width: 100%; }
  .map-note { font-size: 0.875rem; color: var(--_muted); max-width: 24rem; margin: 0.25rem 0 0; }
  .map-note.guess { color: var(--_text); border-left: 4px solid var(--_warning-border); padding-left: 0.4rem; }
  .mapping-problem { flex-basis: 100%; }
  /* Narrow: one card per figure, each value on its own line under its column's name; nothing cut, no sideways scroll. */
  .stacked { overflow-x: visible; }
  .stacked table, .stacked tbody, .stacked tr, .stacked th, .stacked td { display: block; }
  .stacked table { min-width: 0; }
  .stacked thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .stacked tbody tr { border-bottom: 1px solid var(--_rule); padding: 0.4rem 0; }
  .stacked tbody th { border: 0; padding: 0 0 0.15rem; font-weight: 700; }
  .stacked td {
    border: 0; padding: 0.1rem 0; display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 0.75rem; white-space: normal;
  }
  .stacked td::before { content: attr(data-label); color: var(--_muted); text-align: left; }
`];
