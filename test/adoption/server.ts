// Runs a long server command (test/plugins/jobs.mjs): asks again while it answers { pending: true }, up to a
// deadline, so a test that times out does not leave its loop running and hold up the whole run.
import { executeServerCommand } from '@web/test-runner-commands';

export async function serverJob<R, P extends object>(command: string, payload: P, withinMs = 540_000): Promise<R> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    const r = await executeServerCommand<R | { pending: true }, P>(command, payload);
    if (!(r && typeof r === 'object' && 'pending' in r)) return r as R;
  }
  throw new Error(`${command} ${JSON.stringify(payload)} still running after ${withinMs / 1000} s`);
}
