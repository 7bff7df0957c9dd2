// Elements follow the policy registry as it changes: a policy an operator registers after the first render
// (a <dbbx-policy-source> that loads late, a host's registerPolicies call) is offered and used at once.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { subscribePolicies } from '../../policies/index.js';

export class PoliciesController implements ReactiveController {
  private off: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly onChange: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    this.off = subscribePolicies(() => {
      this.onChange();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = null;
  }
}

/** Warnings in the order a reader needs them: a document whose figures may be out of date first. */
export function warningsFirst<T extends { code: string }>(list: readonly T[]): T[] {
  const rank = (c: string) => (c === 'figures-may-be-stale' ? 0 : c === 'threshold-year' ? 1 : 2);
  return [...list].sort((a, b) => rank(a.code) - rank(b.code));
}
