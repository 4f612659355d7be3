// A shell session as a reader has one: commands pasted one after another into the same shell, so
// an `export PATH=…` or a `cd` in one holds for the next. Each command runs in a fresh `bash` that
// first restores the exported variables and the directory the previous command left, and saves
// them after — the effect of one long-lived shell, with a separate exit code, output and timeout
// for every command. It starts from a bare environment (no node_modules/.bin on the PATH), so what
// puts `casus` on the PATH is the README's own set-up line.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface ShellResult { readonly code: number | null; readonly signal: string | null; readonly stdout: string; readonly stderr: string }

/** Variables a fresh login would have; the rest of the test runner's environment stays out. */
const KEPT = ['HOME', 'USER', 'LOGNAME', 'LANG', 'LC_ALL', 'TMPDIR', 'CI', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'COREPACK_ENABLE_DOWNLOAD_PROMPT'];

/** A word the shell reads back as exactly `s`. */
function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function bareEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of KEPT) if (process.env[name] !== undefined) env[name] = process.env[name]!;
  // The runner's own PATH holds the checkout's node_modules/.bin (pnpm and vitest put it there): drop
  // every node_modules/.bin, keep the system's directories (node, npx, git, bash).
  env.PATH = (process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(delimiter).filter((d) => !/node_modules[\\/]\.bin/.test(d)).join(delimiter);
  return env;
}

export class DocShell {
  private readonly state: string;
  private readonly cwdFile: string;
  private readonly env = bareEnvironment();

  /** A session whose working directory starts at `cwd`; `scratch` holds the session's state files. */
  constructor(cwd: string, scratch: string) {
    this.state = join(scratch, 'shell-state.sh');
    this.cwdFile = join(scratch, 'shell-cwd');
    writeFileSync(this.cwdFile, cwd);
    writeFileSync(this.state, Object.entries(this.env).map(([k, v]) => `export ${k}=${quote(v)}`).join('\n') + '\n');
  }

  private script(command: string): string {
    return [
      `. ${quote(this.state)}`,
      `cd "$(cat ${quote(this.cwdFile)})" || exit 97`,
      command,
      '__casus_doc_rc=$?',
      `export -p > ${quote(this.state)}.new && mv ${quote(this.state)}.new ${quote(this.state)}`,
      `pwd > ${quote(this.cwdFile)}`,
      'exit $__casus_doc_rc',
    ].join('\n');
  }

  /** Runs one command line as printed, with `stdin` as its input (none: end of input at once). */
  run(command: string, options: { stdin?: string; timeoutMs: number }): Promise<ShellResult> {
    return new Promise((done) => {
      const child = spawn('bash', ['-c', this.script(command)], { env: this.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
      const timer = setTimeout(() => {
        stderr += `\n[doc-shell] timed out after ${options.timeoutMs / 1000} s`;
        try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ }
      }, options.timeoutMs);
      child.on('close', (code, signal) => { clearTimeout(timer); done({ code, signal, stdout, stderr }); });
      child.stdin.end(options.stdin ?? '');
    });
  }

  /**
   * Runs a command that serves until stopped (`casus serve`): waits for `ready` in its stdout, hands
   * the output so far to `probe`, then stops it with Ctrl-C (SIGINT to its process group), as a
   * reader would, and returns how it ended.
   */
  serve(command: string, ready: RegExp, probe: (stdout: string) => Promise<void>, timeoutMs: number): Promise<ShellResult & { probeError?: unknown }> {
    return new Promise((done) => {
      const child = spawn('bash', ['-c', this.script(command)], { env: this.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
      let stdout = '';
      let stderr = '';
      let probed = false;
      let probeError: unknown;
      const stop = (signal: NodeJS.Signals) => { try { process.kill(-child.pid!, signal); } catch { /* gone */ } };
      const timer = setTimeout(() => { stderr += `\n[doc-shell] not ready after ${timeoutMs / 1000} s`; stop('SIGKILL'); }, timeoutMs);
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (!probed && ready.test(stdout)) {
          probed = true;
          probe(stdout).catch((error: unknown) => { probeError = error; }).finally(() => stop('SIGINT'));
        }
      });
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
      child.on('close', (code, signal) => { clearTimeout(timer); done({ code, signal, stdout, stderr, probeError }); });
      child.stdin.end();
    });
  }
}
