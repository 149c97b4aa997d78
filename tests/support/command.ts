/**
 * Runs a command's `main(argv, io)` inside the test process, with its own environment, working
 * folder and piped input, and collects what it printed: the answer of `spawnSync` for a fraction
 * of the time (one real-process run per command stays, in tests/integration/commands.test.ts).
 */
import { Readable, Writable } from 'node:stream';
import { join } from 'node:path';
import type { Main } from '../../scripts/lib/io.ts';

export const ROOT = join(import.meta.dirname, '../..');

export interface CommandResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  /** The whole environment the command sees (not merged with the test's). */
  env?: NodeJS.ProcessEnv;
  /** What is piped to stdin; nothing by default, so a question gets end of input. */
  input?: string;
  cwd?: string;
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

export async function runMain(main: Main, argv: string[], options: CommandOptions = {}): Promise<CommandResult> {
  const stdout = collector();
  const stderr = collector();
  const status = await main(argv, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from(options.input ? [options.input] : []),
    env: options.env ?? process.env,
    cwd: options.cwd ?? ROOT,
  });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
