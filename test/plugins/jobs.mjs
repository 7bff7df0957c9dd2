// The browser side gives up on a server command after 20 s (@web/test-runner's RPC timeout), and packing the
// package, vue-tsc or a Chromium 86 run can take longer on a busy machine. A command starts its work as a job
// and answers within 15 s: the result, or { pending: true }, and the test asks again (test/adoption/server.ts).
// Jobs also run one at a time: on 2 shared cores a Chromium 86 run beside two tsc runs starved and was killed.
const jobs = new Map();
let queue = Promise.resolve();

export function job(key, start) {
  if (!jobs.has(key)) {
    const run = queue.then(start);
    queue = run.catch(() => undefined);
    jobs.set(key, run);
  }
  const running = jobs.get(key);
  return Promise.race([
    running.then((result) => { jobs.delete(key); return result; }, (error) => { jobs.delete(key); throw error; }),
    new Promise((resolve) => setTimeout(() => resolve({ pending: true }), 15_000)),
  ]);
}
