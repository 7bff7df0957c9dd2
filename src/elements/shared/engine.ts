// The elements' one door to the engine. In the one-file page (dist/dbbx.js, dist/dbbx-calculator.js) the engine
// is a part of its own that the page asks for the moment it runs, so the form paints from the first, smaller
// load while the engine is on its way (issue 13: the page's first load ≤ 50 KB). Until it arrives an element
// shows its form and says the rules are loading; what a person types is kept and calculated on arrival. If it
// cannot load (a proxy that drops the file, a page moved without its chunks/ folder) the element says so and
// shows no figures. A bundler that already has the engine (the npm entry `dbbx`) hands it over at once.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DbbxElement } from './base.js';

export type Engine = typeof import('./engine-parts.js');

let engine: Engine | null = null;
let problem: unknown = null;
let loading: Promise<Engine> | null = null;

/**
 * The engine, loaded on first call. Hosts of the one-file page use it as `loadEngine()`. A failed load is not
 * tried again in the same page: browsers keep a module that failed to load as failed (asking again gives the
 * same refusal without a request), so the elements say to reload the page, and a reload loads it afresh.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine-parts.js').then((m) => {
    engine = m;
    problem = null;
    return m;
  }, (e: unknown) => {
    problem = e;
    console.error('dbbx: the calculation rules could not be loaded; reload the page', e);
    throw e;
  });
  return loading;
}

/**
 * For an entry whose first load holds the engine already (the npm entry `dbbx`, the classic script): the
 * elements calculate in their first update, as they always have, and nothing more is fetched.
 */
export function provideEngine(m: Engine): void {
  engine ??= m;
  problem = null;
  loading ??= Promise.resolve(engine);
}

// Asked for as soon as the element modules have run (unless their entry provided it): the request overlaps the
// first paint.
queueMicrotask(() => {
  if (!engine) loadEngine().catch(() => undefined);
});

/** The engine if it has arrived, else null (the element draws its waiting state). */
export function engineNow(): Engine | null {
  return engine;
}

/** True when the last attempt to load the engine failed. */
export function engineFailed(): boolean {
  return !engine && problem !== null;
}

/**
 * Redraws its element when the engine arrives (or fails), then follows the policy registry as it changes: a
 * policy an operator registers after the first render (a <dbbx-policy-source> that loads late, a host's
 * registerPolicies call) is offered and used at once. `onChange` runs before each such redraw.
 */
export class EngineController implements ReactiveController {
  private off: (() => void) | null = null;
  private connected = false;
  /** Whether the element has been told of the engine: one taken off the page while it arrived has not. */
  private told = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly onChange: () => void = () => undefined) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (engine) {
      this.follow(engine);
      if (!this.told) this.arrived();
      return;
    }
    loadEngine().then((e) => {
      if (!this.connected || this.off) return;
      this.follow(e);
      this.arrived();
    }, () => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.connected = false;
    this.off?.();
    this.off = null;
  }

  private arrived(): void {
    this.told = true;
    this.onChange();
    this.host.requestUpdate();
  }

  private follow(e: Engine): void {
    this.off = e.subscribePolicies(() => {
      this.onChange();
      this.host.requestUpdate();
    });
  }
}

/**
 * An element that calculates (calculator, ledger, breakdown): redrawn when the engine arrives and when the policy
 * registry changes (engineChanged() runs first), and `updateComplete` resolves once it has drawn with the engine
 * (or with the engine's failure), so `await el.updateComplete` in a host means the figures are on screen.
 */
export class EngineElement extends DbbxElement {
  private readonly _engine = new EngineController(this, () => this.engineChanged());

  /** The engine arrived or the policies changed: what the element derived from them is stale. */
  protected engineChanged(): void {}

  protected override async getUpdateComplete(): Promise<boolean> {
    const drawn = await super.getUpdateComplete();
    if (engine || problem !== null) return drawn;
    await loadEngine().catch(() => undefined);
    return super.getUpdateComplete();
  }

  /**
   * The element's own next render, without the wait for the engine: a focus move or an event answering what a
   * person just did happens now, never seconds later when the engine arrives (the cursor would jump).
   */
  protected drawn(): Promise<boolean> {
    return super.getUpdateComplete();
  }
}
