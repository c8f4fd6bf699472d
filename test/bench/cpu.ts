import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time spent by processes, read from Linux's /proc (utime + stime of every thread, in clock ticks of
 * 10 ms: `getconf CLK_TCK` is 100 on Linux/x86). Where /proc is missing, every reading is null.
 * Under a saturating load a latency percentile moves with whatever else the machine does; the CPU each
 * request costs is what that latency is made of, and it moves far less.
 */
const TICK_MS = 10;

function ticksOf(pid: number): number {
  // Fields after the command name, which is in parentheses and may itself hold spaces.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** The pids of every running process with this command name (e.g. PostgreSQL's server processes). */
export function pidsNamed(command: string): number[] {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === command;
        } catch {
          return false; // gone since the listing
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}

/** Clock ticks used so far by each of these processes that is still running. */
function snapshot(pids: readonly number[]): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const pid of pids) {
    try {
      ticks.set(pid, ticksOf(pid));
    } catch {
      // ended
    }
  }
  return ticks;
}

/**
 * CPU milliseconds each group of processes uses while `work` runs: for each process running at the end,
 * what it used since the start (all of it if it started meanwhile); one that ended meanwhile is not
 * counted. A group reads null where /proc cannot be read.
 */
export async function cpuDuring<T, G extends string>(
  groups: Record<G, () => number[]>,
  work: () => Promise<T>,
): Promise<{ result: T; ms: Record<G, number | null> }> {
  const names = Object.keys(groups) as G[];
  const before = new Map(names.map((g) => [g, snapshot(groups[g]())]));
  const result = await work();
  const ms = {} as Record<G, number | null>;
  for (const g of names) {
    const after = snapshot(groups[g]());
    let ticks = 0;
    for (const [pid, used] of after) ticks += used - (before.get(g)!.get(pid) ?? 0);
    ms[g] = after.size === 0 ? null : ticks * TICK_MS;
  }
  return { result, ms };
}
