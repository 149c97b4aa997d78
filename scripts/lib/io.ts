/**
 * What a command reads and writes, handed to its `main(argv, io)` instead of taken from `process`:
 * the tests run a command in their own process and read what it printed and the code it returned.
 */
import type { Readable, Writable } from 'node:stream';

export interface CommandIo {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A command's main function: resolves to the exit code. */
export type Main = (argv: string[], io?: CommandIo) => Promise<number>;

export function processIo(): CommandIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** Ends a command early from deep inside it; its main() catches it and returns the code. */
export class Exit extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`exit ${code}`);
    this.code = code;
  }
}

/** Runs main as this process's command: what it returns becomes the exit code. */
export async function runAsProcess(main: Main): Promise<void> {
  // exitCode, not exit(): the process ends once stdout is flushed into a pipe
  process.exitCode = await main(process.argv.slice(2), processIo());
}
