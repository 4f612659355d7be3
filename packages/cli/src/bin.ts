#!/usr/bin/env node
// The only file that touches the process: it hands the real world to runCli and sets the exit code.
import { CLI_VERSION } from './version.js';

const argv = process.argv.slice(2);

// `casus --version` answers before the commands (and the engine, charts, Parquet…) are loaded:
// scripts and shells call it to probe for Casus, and loading everything costs most of a second.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${CLI_VERSION}\n`);
} else {
  const { runCli } = await import('./main.js');

  // A reader that stops early (`casus schema | head`) closes the pipe: that is not an error of ours.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  process.exitCode = await runCli(argv, {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    // Getters: process.stdin is opened only by a command that reads it (play).
    interactive: {
      get input() { return process.stdin; },
      output: process.stdout,
      get terminal() { return Boolean(process.stdin.isTTY && process.stdout.isTTY); },
    },
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      return () => void process.off('SIGINT', handler);
    },
  });
}
