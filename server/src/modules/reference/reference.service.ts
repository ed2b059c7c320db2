import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import countries from '../../db/reference/countries.json' with { type: 'json' };
import focusAreas from '../../db/reference/focus-areas.json' with { type: 'json' };
import legalInstruments from '../../db/reference/legal-instruments.json' with { type: 'json' };
import sdgTargets from '../../db/reference/sdg-targets.json' with { type: 'json' };
import sectors from '../../db/reference/sectors.json' with { type: 'json' };
import codelists from '../../db/reference/iati-codelists.json' with { type: 'json' };
import exchangeRates from '../../db/reference/exchange-rates.json' with { type: 'json' };
import { CodelistEntry, Country, FocusArea, LegalInstrument, SdgTarget } from './reference.entity.js';

interface CodeRow {
  code: string;
  name: string;
  description?: string | null;
}

/**
 * Brings the reference tables in line with the data files shipped in `db/reference`.
 * Runs at every start, so a release that updates a list updates every installation.
 * Entries are upserted, never deleted: stored records may still point at a withdrawn code.
 */
export async function syncReferenceData(em: EntityManager): Promise<void> {
  const entries: Partial<CodelistEntry>[] = [];
  for (const [list, rows] of Object.entries(codelists as Record<string, CodeRow[]>)) {
    for (const r of rows) entries.push({ list, code: r.code, name: r.name, description: r.description ?? null, category: null });
  }
  for (const s of sectors as { vocabulary: string; code: string; name: string; category: string | null }[]) {
    entries.push({ list: s.vocabulary === '2' ? 'SectorCategory' : 'Sector', code: s.code, name: s.name, description: null, category: s.category });
  }
  await em.transactional(async (tx) => {
    await tx.upsertMany(Country, countries as Country[]);
    await tx.upsertMany(FocusArea, focusAreas as FocusArea[]);
    await tx.upsertMany(
      LegalInstrument,
      (legalInstruments as LegalInstrument[]).map((l) => ({ ...l, adopted: l.adopted ?? null })),
    );
    await tx.upsertMany(SdgTarget, sdgTargets as SdgTarget[]);
    await tx.upsertMany(CodelistEntry, entries as CodelistEntry[], { onConflictFields: ['list', 'code'], onConflictExcludeFields: ['id'] });
  });
}

/**
 * Adds the shipped reference rates (into USD) that are missing. A rate already stored for the same currency and
 * date is kept, whoever entered it: an administrator's official rate is never overwritten. The rates are only
 * usable when USD is the reporting currency; for another one, administrators enter their own.
 */
export async function syncExchangeRates(em: EntityManager, reportingCurrency: string, log: Logger): Promise<void> {
  if (reportingCurrency !== exchangeRates.quote) {
    log.info({ reportingCurrency }, `no reference exchange rates ship for ${reportingCurrency}: administrators must enter the rates into ${reportingCurrency}`);
    return;
  }
  const rows = exchangeRates.rates.map((r) => ({ currency: r.currency, rate_date: r.rateDate, rate: r.rate }));
  await em.getConnection().execute(
    `insert into exchange_rate (id, created_at, updated_at, currency, quote, rate_date, rate, source)
     select gen_random_uuid(), now(), now(), x.currency, ?, x.rate_date, x.rate, ?
     from json_to_recordset(?::json) as x(currency text, rate_date date, rate numeric)
     on conflict (currency, quote, rate_date) do nothing`,
    [exchangeRates.quote, exchangeRates.source, JSON.stringify(rows)],
  );
}

