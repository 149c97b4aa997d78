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

/** CPU seconds (user + system) used by the children this process has waited for: /proc/self/stat cutime + cstime. */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) * 10; // clock ticks of 10 ms
}

export interface Run {
  ms: number;
  /** CPU time of the whole tree: unlike wall time, it does not grow when other work shares the machine. */
  cpuMs: number;
  peakBytes: number;
  output: string;
}

export function run(cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string> }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpu0 = childrenCpuMs();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const sampled = new Map<number, number>();
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!, sampled))), 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${output.slice(-4000)}`));
      else {
        const seen = [...sampled.values()].reduce((a, b) => a + b, 0) * 10;
        resolve({ ms: performance.now() - started, cpuMs: Math.max(childrenCpuMs() - cpu0, seen), peakBytes: peak, output });
      }
    });
  });
}
