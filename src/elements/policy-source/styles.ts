import { css } from 'lit';
import { tokens } from '../shared/base.js';

export const policySourceStyles = [tokens, css`
  :host { display: block; }
  :host([hidden]) { display: none; }
  .error {
    border-left: 5px solid var(--_error); background: var(--_surface);
    padding: 0.5rem 0.75rem; margin: 0 0 var(--_space); color: var(--_text);
  }
  h2 { font-size: 1rem; margin: 0 0 0.25rem; color: var(--_error); }
  p { margin: 0 0 0.25rem; }
  ul { margin: 0; padding-left: 1.25rem; }
  code { font-size: 0.875em; word-break: break-all; }
  .status { font-size: 0.875rem; color: var(--_muted); margin: 0 0 var(--_space); }
`];
