import { cpuMsFromStat, processCpuMs, startCpuCount } from '../../../bench/support/process-cpu';

// A /proc/PID/stat line: pid, (comm), state, then numbered fields; utime 250, stime 50 ticks.
const line = (comm: string) =>
  `4242 (${comm}) S 1 4242 4242 0 -1 4194304 1200 0 0 0 250 50 0 0 20 0 11 0 1000 123456 789`;

describe('cpuMsFromStat', () => {
  it('adds user and system time and converts ticks to milliseconds', () => {
    expect(cpuMsFromStat(line('node'), 100)).toBe(3000);
    expect(cpuMsFromStat(line('node'), 250)).toBe(1200);
  });

  it('counts fields from the last bracket, whatever the command name holds', () => {
    expect(cpuMsFromStat(line('a (b) c'), 100)).toBe(3000);
    expect(cpuMsFromStat(line('java) S 9 9 9'), 100)).toBe(3000);
  });

  it('names what it could not read', () => {
    expect(() => cpuMsFromStat('garbage', 100)).toThrow('Not a /proc stat line: "garbage"');
    expect(() => cpuMsFromStat('1 (node) S 1 2', 100)).toThrow('No CPU times');
  });
});

describe('process CPU on this machine', () => {
  it('reads this process, and null for a process that is not there', () => {
    expect(processCpuMs(process.pid)).toBeGreaterThan(0);
    expect(processCpuMs(2 ** 30)).toBeNull();
  });

  it('divides the CPU this process spent by the requests', () => {
    const count = startCpuCount({ server: null, neo4j: process.pid });
    // Spin until Node's own clock says 60 ms of CPU went by (wall time would vary with load).
    const start = process.cpuUsage();
    let spent = 0;
    while (spent < 60_000) {
      const used = process.cpuUsage(start);
      spent = used.user + used.system;
    }
    const perRequest = count(10);
    expect(perRequest.server).toBeNull();
    // About 6 ms per request; /proc counts in 10 ms ticks, and other threads of the process add some.
    expect(perRequest.loadGenerator).toBeGreaterThanOrEqual(4);
    expect(perRequest.loadGenerator).toBeLessThan(30);
    // The same process read twice, a tick apart at most.
    expect(Math.abs(perRequest.neo4j! - perRequest.loadGenerator!)).toBeLessThanOrEqual(1);
  });
});
