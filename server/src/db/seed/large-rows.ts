import { createHash } from 'node:crypto';
import type pg from 'pg';

/** The first day of a month counted from year 0 (monthIndex = year × 12 + month − 1), or another day of it. */
export const iso = (monthIndex: number, day = 1) => new Date(Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, day)).toISOString().slice(0, 10);
export const lastDay = (monthIndex: number) => iso(monthIndex + 1, 0);
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

/** Namespace of the generated portfolio's name-based UUIDs. */
const NAMESPACE = Buffer.from('6f1c2b7e4d3a45c98e0f1a2b3c4d5e6f', 'hex');

/** A version-5 (SHA-1, name-based) UUID: the same seed and name give the same id on every run. */
export function uuidFor(seed: string, name: string): string {
  const h = createHash('sha1').update(NAMESPACE).update(`${seed}:${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** A small seeded PRNG (mulberry32 over an FNV-1a hash of the key): one independent stream per key. */
export function prng(key: string): Rand {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  let a = h >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Object.assign(next, {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    /** Index 0 most often: weight 1/(k+1)^skew, so a few entries take most picks. */
    zipf: (n: number, skew: number) => {
      let total = 0;
      for (let k = 0; k < n; k++) total += 1 / (k + 1) ** skew;
      let r = next() * total;
      for (let k = 0; k < n; k++) if ((r -= 1 / (k + 1) ** skew) < 0) return k;
      return n - 1;
    },
  });
}
export type Rand = (() => number) & {
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  zipf: (n: number, skew: number) => number;
};

/** Splits `total` into whole shares proportional to `weights` (largest remainder, ties to the lower index). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (sum ? (total * w) / sum : 0));
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k][1]]++;
  return out;
}

type Cell = string | number | boolean | null;

/**
 * Rows of one table, written many at a time as `insert … select from unnest(text arrays)`: one statement
 * per few thousand rows, with every column cast from text by PostgreSQL.
 */
export class Table {
  rows: Cell[][] = [];
  written = 0;
  constructor(
    readonly name: string,
    /** column name and SQL type */
    readonly columns: [string, string][],
  ) {}

  add(...row: Cell[]): void {
    if (row.length !== this.columns.length) throw new Error(`${this.name}: ${row.length} values for ${this.columns.length} columns`);
    this.rows.push(row);
  }

  async flush(client: pg.ClientBase, chunk = 10000): Promise<void> {
    const names = this.columns.map(([c]) => `"${c}"`).join(', ');
    const casts = this.columns.map(([c, type]) => `"${c}"::${type}`).join(', ');
    const params = this.columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
    const sql = `insert into "${this.name}" (${names}) select ${casts} from unnest(${params}) as u(${names})`;
    for (let start = 0; start < this.rows.length; start += chunk) {
      const slice = this.rows.slice(start, start + chunk);
      const arrays = this.columns.map((_, c) => slice.map((r) => (r[c] === null ? null : String(r[c]))));
      await client.query(sql, arrays);
    }
    this.written += this.rows.length;
    this.rows = [];
  }
}
