import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import type { Problems } from '../common/errors.js';
import { CodelistEntry, Country, SdgTarget } from '../reference/reference.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { Project } from '../project/project.entity.js';
import type { RecipientCountryInput, SectorShareInput } from './activity.inputs.js';

/** IATI identifiers are used in URLs and XML references: these characters would break them. */
export const IATI_IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const IATI_IDENTIFIER_MESSAGE = 'use letters, digits, "-", "." and "_" only (no spaces or / & | ?)';

/** Sector vocabularies whose codes are DAC purpose codes (5-digit) and categories (3-digit); 7 and 8 are SDG goals and targets. */
const DAC = new Set(['1', '2']);
const SDG_GOAL = /^(?:[1-9]|1[0-7])$/;

/** Percentages are compared in hundredths so that 33.33 + 33.33 + 33.34 is exactly 100. */
const hundredths = (p: number) => Math.round(p * 100);

export function checkPercentagesTotal(problems: Problems, field: string, values: number[], what: string): void {
  if (!values.length) return;
  const total = values.reduce((sum, v) => sum + hundredths(v), 0);
  if (total !== 10000) problems.add(field, `${what} percentages must add up to 100 (they add up to ${(total / 100).toFixed(2).replace(/\.00$/, '')})`);
}

export async function checkSectors(em: EntityManager, problems: Problems, sectors: SectorShareInput[], field = 'sectors'): Promise<void> {
  const seen = new Set<string>();
  sectors.forEach((s, i) => {
    const key = `${s.vocabulary}:${s.code}`;
    if (seen.has(key)) problems.add(`${field}.${i}.code`, `sector ${s.code} is listed twice`);
    seen.add(key);
  });
  const wanted = sectors.map((s) => ({ list: s.vocabulary === '2' ? 'SectorCategory' : 'Sector', code: s.code }));
  const dac = wanted.filter((_, i) => DAC.has(sectors[i].vocabulary));
  const known = dac.length ? await em.find(CodelistEntry, { $or: dac }, { fields: ['list', 'code'] }) : [];
  const knownKeys = new Set(known.map((k) => `${k.list}:${k.code}`));
  const targets = sectors.filter((s) => s.vocabulary === '8').map((s) => s.code);
  const knownTargets = new Set(targets.length ? (await em.find(SdgTarget, { code: { $in: targets } }, { fields: ['code'] })).map((t) => t.code) : []);
  wanted.forEach((w, i) => {
    const { vocabulary, code } = sectors[i];
    if (DAC.has(vocabulary) && !knownKeys.has(`${w.list}:${w.code}`)) problems.add(`${field}.${i}.code`, `${w.code} is not a DAC sector code in vocabulary ${vocabulary}`);
    if (vocabulary === '7' && !SDG_GOAL.test(code)) problems.add(`${field}.${i}.code`, `${code} is not an SDG goal (1 to 17)`);
    if (vocabulary === '8' && !knownTargets.has(code)) problems.add(`${field}.${i}.code`, `${code} is not a known SDG target, e.g. 16.4`);
  });
  for (const vocabulary of new Set(sectors.map((s) => s.vocabulary))) {
    checkPercentagesTotal(
      problems,
      field,
      sectors.filter((s) => s.vocabulary === vocabulary).map((s) => s.percentage),
      `Sector (vocabulary ${vocabulary})`,
    );
  }
}

export async function checkRecipientCountries(em: EntityManager, problems: Problems, countries: RecipientCountryInput[], field = 'recipientCountries'): Promise<void> {
  const codes = countries.map((c) => c.country.toUpperCase());
  await checkCodesExist(em, problems, Country, codes, field, 'a known ISO 3166 country code', (i) => `${field}.${i}.country`);
  const seen = new Set<string>();
  codes.forEach((c, i) => {
    if (seen.has(c)) problems.add(`${field}.${i}.country`, `${c} is listed twice`);
    seen.add(c);
  });
  checkPercentagesTotal(problems, field, countries.map((c) => c.percentage), 'Country');
}

/** Adds a problem for every code that has no row in the given reference table. */
export async function checkCodesExist<T extends object>(
  em: EntityManager,
  problems: Problems,
  entity: EntityName<T>,
  codes: string[],
  field: string,
  what: string,
  fieldAt: (i: number) => string = (i) => `${field}.${i}`,
): Promise<void> {
  if (!codes.length) return;
  const rows = await em.find(entity, { code: { $in: codes } } as never, { fields: ['code'] as never });
  const known = new Set(rows.map((r) => (r as unknown as { code: string }).code));
  codes.forEach((c, i) => {
    if (!known.has(c)) problems.add(fieldAt(i), `"${c}" is not ${what}`);
  });
}

export async function checkCodelist(em: EntityManager, problems: Problems, list: string, code: string, field: string, what: string): Promise<void> {
  const found = await em.count(CodelistEntry, { list, code });
  if (!found) problems.add(field, `"${code}" is not ${what}`);
}

/** IATI identifiers are unique across programmes and projects, since both are IATI activities. */
export async function checkIatiIdentifierFree(em: EntityManager, problems: Problems, identifier: string, exceptId?: string): Promise<void> {
  if (!IATI_IDENTIFIER.test(identifier)) {
    problems.add('iatiIdentifier', `the IATI identifier must ${IATI_IDENTIFIER_MESSAGE}`);
    return;
  }
  const where = exceptId ? { iatiIdentifier: identifier, id: { $ne: exceptId } } : { iatiIdentifier: identifier };
  const taken = (await em.count(Programme, where)) + (await em.count(Project, where));
  if (taken) problems.add('iatiIdentifier', `the IATI identifier ${identifier} is already used by another programme or project`);
}

export function checkDateOrder(problems: Problems, start: string | null | undefined, end: string | null | undefined, endField: string, label: string): void {
  if (start && end && end < start) problems.add(endField, `${label} cannot be before the start date`);
}

/**
 * Loads reference rows by code, in the order given. Used instead of bare references so that the record
 * returned by a mutation can show the names of what it points to.
 */
export async function byCodes<T extends { code: string }>(em: EntityManager, entity: EntityName<T>, codes: string[]): Promise<T[]> {
  if (!codes.length) return [];
  const rows = (await em.find(entity, { code: { $in: codes } } as never)) as T[];
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((c) => byCode.get(c)).filter((r): r is T => !!r);
}
