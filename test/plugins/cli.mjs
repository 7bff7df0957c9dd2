// Test-runner command 'dbbx-cli' { args, stdin? } → { code, stdout, stderr } of `node bin/dbbx.js …` (built
// by npm test before the browser tests run).
import { execFile } from 'node:child_process';

export function cliPlugin() {
  return {
    name: 'dbbx-cli',
    executeCommand({ command, payload }) {
      if (command !== 'dbbx-cli') return undefined;
      return new Promise((resolve) => {
        const child = execFile(process.execPath, ['bin/dbbx.js', ...payload.args], { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
          (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
        if (payload.stdin !== undefined) child.stdin.end(payload.stdin);
        else child.stdin.end();
      });
    },
  };
}
