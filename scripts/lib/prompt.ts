/**
 * Questions on the terminal, one answer per line. Answers may also be piped in (`printf … | npm
 * run new`): lines that arrive before their question are queued rather than lost, which
 * readline's own question() does not guarantee. stdin is opened only when a question is asked,
 * so a run with every answer given as flags never waits on it.
 */
import { createInterface, type Interface } from 'node:readline';
import type { CommandIo } from './io.ts';

export interface Prompter {
  /** The answer, trimmed; undefined once input has ended. */
  line(question: string): Promise<string | undefined>;
  /** One value of `choices`, or `fallback` for an empty answer; undefined once input has ended. */
  choose(question: string, choices: readonly string[], fallback: string): Promise<string | undefined>;
  close(): void;
}

export function openPrompter(io: Pick<CommandIo, 'stdin' | 'stdout'>): Prompter {
  let rl: Interface | undefined;
  let ended = false;
  const queue: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  const tty = Boolean(io.stdin.isTTY);

  function open() {
    if (rl) return;
    rl = createInterface({ input: io.stdin, ...(tty ? { output: io.stdout, terminal: true } : { terminal: false }) });
    rl.on('line', (l) => (waiting.length ? waiting.shift()!(l) : queue.push(l)));
    rl.on('close', () => {
      ended = true;
      while (waiting.length) waiting.shift()!(undefined);
    });
  }

  async function line(question: string): Promise<string | undefined> {
    open();
    io.stdout.write(`${question}: `);
    const answer = queue.length
      ? queue.shift()
      : ended
        ? undefined
        : await new Promise<string | undefined>((r) => waiting.push(r));
    // piped answers are not echoed by a terminal: print them so the transcript reads as a dialogue
    if (!tty) io.stdout.write(`${answer ?? ''}\n`);
    return answer?.trim();
  }

  return {
    line,
    async choose(question, choices, fallback) {
      for (;;) {
        const a = await line(`${question} [${fallback}]`);
        if (a === undefined) return undefined;
        if (a === '') return fallback;
        if (choices.includes(a)) return a;
      }
    },
    close() {
      rl?.close();
    },
  };
}
