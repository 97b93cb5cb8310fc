/**
 * CPU time of the processes a benchmark involves (a serving process, Neo4j, this load
 * generator), read from /proc, so the benchmark can say per request where the machine's cores
 * went: a contender slower than another is bound by its own process, by Neo4j or by the client.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Clock ticks per second of /proc's CPU counters (USER_HZ), asked once. */
let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const answer = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    ticksPerSecond = Number.isInteger(answer) && answer > 0 ? answer : 100;
  }
  return ticksPerSecond;
}

/**
 * User plus system CPU milliseconds in the text of /proc/PID/stat. The command name (second
 * field, in brackets) may itself hold spaces and brackets, so the fields are counted from the
 * last closing bracket: utime and stime are the 14th and 15th fields of the line.
 */
export function cpuMsFromStat(stat: string, ticks: number): number {
  const end = stat.lastIndexOf(')');
  if (end === -1) throw new Error(`Not a /proc stat line: "${stat.slice(0, 80)}"`);
  // After the bracket come field 3 (state) onwards, so utime (14) and stime (15) are at 11 and 12.
  const fields = stat
    .slice(end + 2)
    .trim()
    .split(/\s+/);
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system))
    throw new Error(`No CPU times in the /proc stat line "${stat.slice(0, 80)}"`);
  return ((user + system) * 1000) / ticks;
}

/** CPU milliseconds the process has used so far; null when it is gone or /proc is not there. */
export function processCpuMs(pid: number): number | null {
  try {
    return cpuMsFromStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'), clockTicks());
  } catch {
    return null;
  }
}

/** CPU milliseconds per request of each process over one measurement. */
export interface CpuPerRequest {
  /** The contender's serving process; null for the raw driver, which runs in the load generator. */
  server: number | null;
  neo4j: number | null;
  /** This process: the HTTP load generator, or the raw driver and its loops. */
  loadGenerator: number | null;
}

/** Reads the counters now; the returned function reads them again and divides by `requests`. */
export function startCpuCount(pids: {
  server: number | null;
  neo4j: number;
}): (requests: number) => CpuPerRequest {
  const read = () => ({
    server: pids.server === null ? null : processCpuMs(pids.server),
    neo4j: processCpuMs(pids.neo4j),
    loadGenerator: processCpuMs(process.pid),
  });
  const before = read();
  return (requests) => {
    const after = read();
    const per = (key: keyof CpuPerRequest) => {
      const start = before[key];
      const end = after[key];
      return start === null || end === null || requests <= 0 ? null : (end - start) / requests;
    };
    return { server: per('server'), neo4j: per('neo4j'), loadGenerator: per('loadGenerator') };
  };
}
