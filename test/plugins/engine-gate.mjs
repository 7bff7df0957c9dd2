// The one-file page with its engine part held back or missing, as a slow hospital proxy or a copy of dist/
// without its chunks/ folder would leave it (issue 13: the engine loads after the elements' first paint).
//   /engine-gate/<gate>/<file>  serves dist/<file>; the engine part (dist/chunks/*engine-parts*) is
//       fail  answered 404
//       hold  answered only after the command 'dbbx-engine-gate' { release: '<gate>' }
//       flaky-<id>  the connection dropped (a network down) until the command { heal: '<gate>' }, served after
// Any other gate name is a fresh hold, so two test files never share one.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve('dist');
const gates = new Map();
const flaky = new Set();
/** How many times each gate's engine part was asked for ('dbbx-engine-gate' { count: '<gate>' }). */
const asked = new Map();

function gate(name) {
  if (!gates.has(name)) {
    let open;
    const p = new Promise((r) => { open = r; });
    gates.set(name, { p, open });
  }
  return gates.get(name);
}

export function engineGateMiddleware() {
  return async (ctx, next) => {
    const m = /^\/engine-gate\/([\w-]+)\/(.+)$/.exec(ctx.path);
    if (!m) return next();
    const [, name, rel] = m;
    const file = join(dist, rel);
    if (rel.includes('..') || !existsSync(file)) { ctx.status = 404; return undefined; }
    if (/(^|\/)chunks\/[^/]*engine-parts[^/]*\.js$/.test(rel)) {
      asked.set(name, (asked.get(name) ?? 0) + 1);
      if (name === 'fail') { ctx.status = 404; return undefined; }
      if (name.startsWith('flaky-')) {
        if (!flaky.has(name)) {
          ctx.respond = false;
          ctx.req.socket.destroy();
          return undefined;
        }
      } else await gate(name).p;
    }
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(file);
    return undefined;
  };
}

export function engineGatePlugin() {
  return {
    name: 'dbbx-engine-gate',
    executeCommand({ command, payload }) {
      if (command !== 'dbbx-engine-gate') return undefined;
      if (payload.count) return asked.get(payload.count) ?? 0;
      if (payload.heal) { flaky.add(payload.heal); return true; }
      gate(payload.release).open();
      return true;
    },
  };
}
