/**
 * The demo's programme results, on a database seeded the way `npm start` seeds it: every demo programme measures
 * something across its projects, the roll-ups equal figures worked out here from the raw rows in SQL, and the
 * trafficking programme's training indicator of one project stays unlinked because it counts in another unit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { RESULTS } from '../support/programme-results.js';
import { openDatabase } from '../../server/src/db/database.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';

const api = useApi();
let programmes: Record<string, string> = {};

beforeAll(async () => {
  const db = await openDatabase({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: api.databaseUrl, seedDemo: true }, createLogger('silent'));
  await db.stop();
  programmes = Object.fromEntries((await api.raw(`select iati_identifier as k, id from programme where is_demo`)).map((r: any) => [r.k, r.id]));
}, 180_000);

const results = async (key: string) => {
  const data = await api.ok(RESULTS, { id: programmes[key] });
  return Object.fromEntries(data.programme.resultIndicators.map((r: any) => [r.title, r])) as Record<string, any>;
};

/** Sums of the approved period totals (the ones that count) of the indicators linked to a programme indicator, straight from the rows. */
const raw = (title: string) =>
  api.raw(
    `select sum(v.approved_actual)::float as actual, sum(v.approved_numerator)::float as numerator, sum(v.approved_denominator)::float as denominator, count(distinct i.project_id)::int as projects
     from programme_indicator pi join indicator i on i.programme_indicator_id = pi.id left join indicator_value v on v.indicator_id = i.id and v.dimension = ''
     where pi.title = ?`,
    [title],
  );

describe('the demo programme results', () => {
  it('give every demo programme indicators, with each rule used', async () => {
    const rows = await api.raw(`select pg.iati_identifier as programme, pi.aggregation from programme_indicator pi join programme pg on pg.id = pi.programme_id`);
    expect(new Set(rows.map((r: any) => r.programme))).toEqual(new Set(Object.keys(programmes)));
    expect(new Set(rows.map((r: any) => r.aggregation))).toEqual(new Set(['SUM', 'AVERAGE', 'MAX', 'RATIO']));
  });

  it('add up the trafficking programme’s training, leaving out the project that counts participant-days', async () => {
    const trained = (await results('XM-DAC-41128-DEMO-PRG-TIP'))['Criminal justice practitioners trained'];
    const [sums] = await raw('Criminal justice practitioners trained');
    expect(trained.rollup.contributingProjects).toBe(3);
    expect(trained.rollup.cumulativeActual).toBe(sums.actual);
    const [days] = await api.raw(
      `select i.unit_label, i.programme_indicator_id from indicator i join project p on p.id = i.project_id where p.iati_identifier = 'XM-DAC-41128-DEMO-PRG-TIP-03' and i.title = 'Number of prosecutors and judges trained'`,
    );
    expect(days).toEqual({ unit_label: 'participant-days', programme_indicator_id: null });
  });

  it('pool the HIV programme’s protocol rate from the numerators and denominators of every period', async () => {
    const rate = (await results('XM-DAC-41128-DEMO-PRG-HIV'))['Share of prisons applying the national protocol'];
    const [sums] = await raw('Share of prisons applying the national protocol');
    expect(rate.rollup.contributingProjects).toBe(sums.projects);
    expect(rate.rollup.cumulativeActual).toBeCloseTo((sums.numerator / sums.denominator) * 100, 6);
  });
});
