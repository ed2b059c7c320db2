/** Comparing the two answers, and writing the figures as a markdown table and as JSON. */
import type { CpuShare } from './cpu.js';

/** Sorts every array whose order the API does not define (paths not in `ordered`), and every object's keys. */
function canonical(value: unknown, ordered: Set<string>, at = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, ordered, `${at}[]`));
    return ordered.has(at) ? items : items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return Object.fromEntries(keys.map((k) => [k, canonical((value as Record<string, unknown>)[k], ordered, at ? `${at}.${k}` : k)]));
  }
  return value;
}

/** The first place where the two differ, or null when they are equal. */
function firstDifference(a: unknown, b: unknown, at: string): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} items in the API's answer, ${b.length} in the SQL's`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], at ? `${at}.${k}` : k);
      if (d) return d;
    }
  }
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 200);
  return `${at || 'data'}: API ${show(a)}, SQL ${show(b)}`;
}

export function compareData(api: unknown, sql: unknown, ordered: string[]): string | null {
  const set = new Set(ordered);
  return firstDifference(canonical(api, set), canonical(sql, set), '');
}

export interface Side {
  /** Length of the timed run. */
  seconds: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: { socket: number; timeouts: number; non2xx: number; graphql: number; total: number };
  statementsPerRequest: number;
  /** Median of the sequential requests that counted the statements: one request with nothing else running. */
  aloneMs: number;
  peakRssMB: number;
  cpu: CpuShare;
}

export interface Target {
  name: string;
  met: boolean;
  measured: string;
}

export interface ScenarioResult {
  key: string;
  title: string;
  user: string;
  kind: string;
  /** null when the two answers are equal, else where they first differ. */
  mismatch: string | null;
  api: Side;
  sql: Side;
  ratios: { p50: number; reqPerSec: number };
  targets: Target[];
  /** One-minute load average at the start and the end of the scenario. */
  loadAverage?: number[];
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(1) : n.toFixed(0)) : '–');
const num = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** The targets for one scenario, from its figures. */
export function targetsFor(r: Omit<ScenarioResult, 'targets'>, s: { medianTarget?: number; rateTarget?: number }): Target[] {
  const t: Target[] = [];
  if (s.medianTarget) t.push({ name: `p50 < ${s.medianTarget} ms`, met: r.api.p50 < s.medianTarget, measured: `${ms(r.api.p50)} ms` });
  if (r.kind === 'read') t.push({ name: 'API ÷ SQL p50 ≤ 1.5', met: r.ratios.p50 <= 1.5, measured: num(r.ratios.p50, 1) });
  if (s.rateTarget) {
    t.push({ name: `≥ ${s.rateTarget} req/s`, met: r.api.reqPerSec >= s.rateTarget, measured: num(r.api.reqPerSec) });
    t.push({ name: '0 errors', met: r.api.errors.total === 0, measured: String(r.api.errors.total) });
  }
  return t;
}

export function markdown(header: string, results: ScenarioResult[], rssTarget: Target): string {
  const row = (title: string, name: string, x: Side, rest: string) =>
    `| ${title} | ${name} | ${num(x.reqPerSec)} | ${ms(x.p50)} | ${ms(x.p95)} | ${ms(x.p99)} | ${ms(x.aloneMs)} | ${x.errors.total} | ${num(x.statementsPerRequest, 1)} | ${num(x.peakRssMB)} | ${num(x.cpu.others)} | ${rest}`;
  const rows = results.flatMap((r) => {
    const targets = r.targets.map((t) => `${t.met ? 'met' : '**missed**'}: ${t.name} (${t.measured})`).join('; ') || '–';
    const check = r.mismatch ? '**MISMATCH**' : 'equal';
    return [
      row(r.title, 'Accord', r.api, `${num(r.ratios.p50, 1)} | ${num(r.ratios.reqPerSec, 1)} | ${check} | ${targets} |`),
      row('', 'SQL', r.sql, ' | | | |'),
    ];
  });
  const mismatches = results.filter((r) => r.mismatch).map((r) => `- **${r.title}: the answers differ** at ${r.mismatch}`);
  return [
    header,
    '',
    '| scenario | server | req/s | p50 ms | p95 ms | p99 ms | alone ms | errors | stmts/req | peak RSS MB | others\' CPU % | p50 API÷SQL | req/s SQL÷API | data | targets |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows,
    '',
    `Accord's peak RSS over the run: ${rssTarget.measured} (${rssTarget.met ? 'met' : '**missed**'}: ${rssTarget.name}).`,
    ...(mismatches.length ? ['', ...mismatches] : []),
  ].join('\n');
}
