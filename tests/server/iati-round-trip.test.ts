/**
 * Round trip: the demo portfolio exported as IATI 2.03, imported into an empty Accord, and exported again gives
 * the same document in a normalised form — the same activities and identifiers, titles, dates, countries,
 * sectors, budgets, transactions, results, indicators and their values.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';
import { openDatabase } from '../../server/src/db/database.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { kid, kids, narrativeOf, parseXml, type Element } from '../support/iati.js';
import { uploadIati, waitForJob } from '../support/iati-import.js';

const source = useApi();
const target = useApi();

const attrs = (el: Element, ...names: string[]) => names.map((n) => el.attributes[n] ?? '').join('|');
const value = (el: Element | undefined) => (el ? `${kid(el, 'value')?.text.trim()} ${kid(el, 'value')?.attributes.currency ?? ''}` : '');
const sorted = (xs: string[]) => [...xs].sort();

/** What the round trip must keep, per activity, in a form that does not depend on order or ids. */
function normalise(xml: string) {
  const doc = parseXml(xml);
  return Object.fromEntries(
    kids(doc, 'iati-activity').map((a) => [
      kid(a, 'iati-identifier').text.trim(),
      {
        hierarchy: a.attributes.hierarchy,
        title: narrativeOf(kid(a, 'title')),
        status: attrs(kid(a, 'activity-status'), 'code'),
        dates: sorted(kids(a, 'activity-date').map((d) => attrs(d, 'type', 'iso-date'))),
        parent: kids(a, 'related-activity').filter((r) => r.attributes.type === '1').map((r) => r.attributes.ref),
        countries: sorted(kids(a, 'recipient-country').map((c) => `${c.attributes.code}|${Number(c.attributes.percentage ?? 100)}`)),
        sectors: sorted(kids(a, 'sector').map((s) => `${s.attributes.vocabulary ?? '1'}|${s.attributes.code}|${Number(s.attributes.percentage ?? 100)}`)),
        budgets: sorted(kids(a, 'budget').map((b) => `${attrs(b, 'type', 'status')}|${attrs(kid(b, 'period-start'), 'iso-date')}|${attrs(kid(b, 'period-end'), 'iso-date')}|${value(b)}`)),
        transactions: sorted(kids(a, 'transaction').map((t) => `${attrs(kid(t, 'transaction-type'), 'code')}|${attrs(kid(t, 'transaction-date'), 'iso-date')}|${value(t)}`)),
        results: sorted(
          kids(a, 'result').flatMap((r) =>
            kids(r, 'indicator').map(
              (i) =>
                `${r.attributes.type}|${narrativeOf(kid(r, 'title'))}|${attrs(i, 'measure')}|${narrativeOf(kid(i, 'title'))}|${sorted(
                  kids(i, 'period').map((p) => `${attrs(kid(p, 'period-start'), 'iso-date')}|${attrs(kid(p, 'period-end'), 'iso-date')}|${attrs(kid(p, 'target') ?? p, 'value')}|${attrs(kid(p, 'actual') ?? p, 'value')}`),
                ).join(';')}`,
            ),
          ),
        ),
      },
    ]),
  );
}

let first: string;
beforeAll(async () => {
  const db = await openDatabase({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: source.databaseUrl, seedDemo: true }, createLogger('silent'));
  await db.stop();
  const admin = await source.signedIn([{ role: Role.ADMIN }]);
  const res = await fetch(`${source.url}/iati/activities.xml`, { headers: { cookie: admin.cookie } });
  expect(res.status).toBe(200);
  first = await res.text();
}, 120_000);

describe('IATI round trip', () => {
  it('the demo exported, imported into an empty Accord and exported again is the same document, normalised', async () => {
    expect(Number((await target.raw('select count(*)::int as n from programme'))[0].n)).toBe(0);
    const admin = await target.signedIn([{ role: Role.ADMIN }]);
    const up = await uploadIati(target, admin.cookie, first);
    expect(up.status).toBe(202);
    const job = await waitForJob(admin, up.body.id);
    expect(job.errors).toEqual([]);
    expect(job.activities.some((a: any) => a.orphan)).toBe(false);
    await admin.ok(`mutation($id: ID!) { commitIatiImport(id: $id) { state } }`, { id: job.id });
    const done = await waitForJob(admin, job.id, undefined, 120_000);
    expect(done.failure).toBeNull();
    expect(done.state).toBe('IMPORTED');
    const res = await fetch(`${target.url}/iati/activities.xml`, { headers: { cookie: admin.cookie } });
    const second = await res.text();
    const before = normalise(first);
    const after = normalise(second);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const id of Object.keys(before)) expect(after[id], id).toEqual(before[id]);
  }, 180_000);
});
