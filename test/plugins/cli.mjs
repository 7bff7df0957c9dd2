// Test-runner command 'dbbx-cli' → { code, stdout, stderr, ... } of `node bin/dbbx.js …` (built by npm test before
// the browser tests run). Payload:
//   args        the command line
//   stdin       text for standard input (stdinBase64: bytes)
//   files       { name: { text | base64, mode?, dir? } } written to a fresh folder the command runs in (names in
//               args are relative to it)
//   stdout      'pipe' (default); 'full': /dev/full, as a full disk; 'close-after-first-line': the reader closes
//               the pipe after the first line, as `| head -1` does
//   unprivileged  run as the user nobody when the runner is root (root reads a chmod 000 file regardless)
// Returns stdoutBase64 beside stdout (a byte-order mark or GB18030 bytes are checked as bytes), and `asUser`.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/dbbx.js');

function run(payload) {
  let dir = null;
  if (payload.files) {
    dir = mkdtempSync(join(tmpdir(), 'dbbx-cli-'));
    chmodSync(dir, 0o755);
    for (const [name, f] of Object.entries(payload.files)) {
      const path = join(dir, name);
      if (f.dir) mkdirSync(path);
      else writeFileSync(path, f.base64 !== undefined ? Buffer.from(f.base64, 'base64') : f.text ?? '');
      chmodSync(path, f.mode ?? (f.dir ? 0o755 : 0o644));
    }
  }
  const asNobody = payload.unprivileged && process.getuid?.() === 0;
  const full = payload.stdout === 'full' ? openSync('/dev/full', 'w') : null;
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...payload.args], {
      cwd: dir ?? process.cwd(),
      stdio: ['pipe', full ?? 'pipe', 'pipe'],
      ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
    });
    const out = [];
    const err = [];
    let closed = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout?.on('data', (b) => {
      if (closed) return;
      out.push(b);
      if (payload.stdout === 'close-after-first-line' && Buffer.concat(out).includes(10)) {
        closed = true;
        child.stdout.destroy();
      }
    });
    child.stderr.on('data', (b) => err.push(b));
    // Spawning itself failed (e.g. no right to run as nobody): an answer the test shows, not a hang.
    child.on('error', (e) => err.push(Buffer.from(`spawn failed: ${e.message}\n`)));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (full !== null) closeSync(full);
      if (dir) rmSync(dir, { recursive: true, force: true });
      const stdout = Buffer.concat(out);
      done({ code: code ?? 128, signal, stdout: stdout.toString('utf8'), stdoutBase64: stdout.toString('base64'), stderr: Buffer.concat(err).toString('utf8'), asUser: asNobody ? 'nobody' : 'self' });
    });
    child.stdin.on('error', () => {});
    if (payload.stdinBase64 !== undefined) child.stdin.end(Buffer.from(payload.stdinBase64, 'base64'));
    else child.stdin.end(payload.stdin ?? '');
  });
}

export function cliPlugin() {
  return {
    name: 'dbbx-cli',
    executeCommand({ command, payload }) {
      if (command !== 'dbbx-cli') return undefined;
      return run(payload);
    },
  };
}
