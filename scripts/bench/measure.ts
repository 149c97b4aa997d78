/** Runs a command and measures its wall time and the peak resident memory of its whole process tree. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

/**
 * Resident bytes of a process and all its descendants, read from /proc (Linux); also notes each
 * one's CPU ticks in `cpu`, for descendants that end without being waited for (Pagefind's binary).
 */
function treeRss(root: number, cpu: Map<number, number>): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * PAGE);
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while we read
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    cpu.set(pid, Math.max(cpu.get(pid) ?? 0, ticks.get(pid) ?? 0));
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface Run {
  ms: number;
  /** CPU time of the whole tree: unlike wall time, it does not grow when other work shares the machine. */
  cpuMs: number;
  peakBytes: number;
  output: string;
}

/** bash's `times` prints its own CPU times, then its children's: "0m1.230s 0m0.150s". */
function parseTimes(text: string): number {
  const line = text.trim().split('\n').at(-1) ?? '';
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((ms, m) => ms + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
}

export function run(cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string> }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // through bash, whose `times` reports the CPU of the whole tree it waited for, on fd 3
    const child = spawn('bash', ['-c', '"$@"; s=$?; times >&3; exit $s', 'bench', cmd, ...args], {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let times = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d) => (times += d));
    let peak = 0;
    const sampled = new Map<number, number>();
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!, sampled))), 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0)
        reject(
          new Error(
            `${cmd} ${args.join(' ')} exited with ${code} after ${((performance.now() - started) / 1000).toFixed(1)} s, peak memory of the tree ${(peak / 1024 / 1024).toFixed(0)} MB\n${output.slice(-4000)}`,
          ),
        );
      else {
        // a grandchild that ends without being waited for (Pagefind's binary) is only seen by sampling
        const seen = [...sampled.values()].reduce((a, b) => a + b, 0) * 10;
        resolve({ ms: performance.now() - started, cpuMs: Math.max(parseTimes(times), seen), peakBytes: peak, output });
      }
    });
  });
}
