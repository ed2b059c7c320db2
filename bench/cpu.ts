/**
 * Where the machine's CPU went during a timed run: to the server under test, to PostgreSQL, to the load generator,
 * and to everything else (other work on the machine, and time the hypervisor stole). The last share says how noisy
 * a figure is. Read from /proc; Linux only.
 */
import fs from 'node:fs';

const TICKS_PER_SECOND = 100;

function ticksOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14–17 of stat; here, after pid and comm, at 11–14.
    return fields.slice(11, 15).reduce((s, f) => s + Number(f), 0);
  } catch {
    return 0;
  }
}

function childrenOf(parent: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

function machineTicks(): { total: number; busy: number } {
  const [, ...f] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = f.map(Number);
  const total = user + nice + system + idle + iowait + irq + softirq + steal;
  return { total, busy: total - idle - iowait };
}

interface Snapshot {
  machine: { total: number; busy: number };
  server: number;
  postgres: number;
  generator: number;
}

export interface CpuShare {
  /** CPU milliseconds per response. */
  serverMsPerRequest: number;
  postgresMsPerRequest: number;
  /** Shares of the machine's capacity (all cores), in %. */
  others: number;
  idle: number;
}

/** `postmaster` is the PostgreSQL server's pid when it runs on this machine; its backends are its children. */
export function cpuMeter(postmaster: number | null) {
  const snapshot = (server: number): Snapshot => ({
    machine: machineTicks(),
    server: ticksOf(server),
    postgres: postmaster ? [postmaster, ...childrenOf(postmaster)].reduce((s, p) => s + ticksOf(p), 0) : 0,
    generator: ticksOf(process.pid),
  });
  return {
    start: snapshot,
    share(before: Snapshot, server: number, responses: number): CpuShare {
      const after = snapshot(server);
      const total = after.machine.total - before.machine.total || 1;
      const ours = after.server - before.server + (after.postgres - before.postgres) + (after.generator - before.generator);
      const perRequest = (ticks: number) => (responses ? ((ticks / TICKS_PER_SECOND) * 1000) / responses : NaN);
      return {
        serverMsPerRequest: perRequest(after.server - before.server),
        postgresMsPerRequest: postmaster ? perRequest(after.postgres - before.postgres) : NaN,
        others: postmaster ? Math.max(0, ((after.machine.busy - before.machine.busy - ours) / total) * 100) : NaN,
        idle: ((total - (after.machine.busy - before.machine.busy)) / total) * 100,
      };
    },
  };
}

/** The postmaster behind a backend, when the database runs on this machine. */
export function postmasterOf(backendPid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${backendPid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return fs.readFileSync(`/proc/${parent}/cmdline`, 'utf8').includes('postgres') ? parent : null;
  } catch {
    return null;
  }
}
