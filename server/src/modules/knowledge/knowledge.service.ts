import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type EntityName } from '@mikro-orm/core';
import { NotFound, Problems } from '../common/errors.js';
import { assertVersion } from '../common/versioning.js';
import { Country, FocusArea } from '../reference/reference.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';
import { checkCodesExist } from '../activity/activity.rules.js';
import { KnowledgeItem, TrendNote } from './knowledge.entity.js';
import type { KnowledgeItemInput, TrendNoteInput } from './knowledge.inputs.js';

/** Focus areas, countries and author: what items and notes share. */
interface Tagged {
  focusAreas: string[];
  countries: string[];
  authorOrganisationId?: string | null;
}

function checkNoRepeats(problems: Problems, field: string, values: string[]): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) problems.add(`${field}.${i}`, `${v} is listed twice`);
    seen.add(v);
  });
}

async function checkTags(tx: EntityManager, problems: Problems, input: Tagged): Promise<void> {
  const countries = input.countries.map((c) => c.toUpperCase());
  checkNoRepeats(problems, 'focusAreas', input.focusAreas);
  checkNoRepeats(problems, 'countries', countries);
  await checkCodesExist(tx, problems, FocusArea, input.focusAreas, 'focusAreas', 'a focus area');
  await checkCodesExist(tx, problems, Country, countries, 'countries', 'a known ISO 3166 country code');
  if (input.authorOrganisationId && !(await tx.count(Organisation, { id: input.authorOrganisationId }))) {
    problems.add('authorOrganisationId', 'no such organisation');
  }
}

function applyTags(tx: EntityManager, record: KnowledgeItem | TrendNote, input: Tagged): void {
  record.focusAreas.set(input.focusAreas.map((code) => tx.getReference(FocusArea, code)));
  record.countries.set(input.countries.map((code) => tx.getReference(Country, code.toUpperCase())));
  record.authorOrganisation = input.authorOrganisationId ? tx.getReference(Organisation, input.authorOrganisationId, { wrapped: true }) : null;
}

async function checkItem(tx: EntityManager, input: KnowledgeItemInput): Promise<void> {
  const problems = new Problems();
  if (!input.title.trim()) problems.add('title', 'a title is required');
  if (!input.summary.trim()) problems.add('summary', 'a summary is required');
  await checkTags(tx, problems, input);
  checkNoRepeats(problems, 'projectIds', input.projectIds);
  if (input.projectIds.length) {
    const found = new Set((await tx.find(Project, { id: { $in: input.projectIds } }, { fields: ['id'] })).map((p) => p.id));
    input.projectIds.forEach((id, i) => {
      if (!found.has(id)) problems.add(`projectIds.${i}`, `project ${id} was not found`);
    });
  }
  problems.throwIfAny();
}

function applyItem(tx: EntityManager, item: KnowledgeItem, input: KnowledgeItemInput): void {
  item.kind = input.kind;
  item.title = input.title.trim();
  item.summary = input.summary.trim();
  item.body = input.body;
  item.publishedOn = input.publishedOn;
  applyTags(tx, item, input);
  item.projects.set(input.projectIds.map((id) => tx.getReference(Project, id)));
}

export async function createKnowledgeItem(em: EntityManager, input: KnowledgeItemInput): Promise<KnowledgeItem> {
  return em.transactional(async (tx) => {
    await checkItem(tx, input);
    const item = tx.create(KnowledgeItem, { kind: input.kind, title: input.title.trim(), summary: input.summary.trim(), publishedOn: input.publishedOn });
    applyItem(tx, item, input);
    await tx.flush();
    return item;
  });
}

/** Loads a record for a change, locked, and refuses a change made from an older version. */
async function forChange<T extends KnowledgeItem | TrendNote>(tx: EntityManager, entity: EntityName<T>, what: string, id: string, version?: number | null): Promise<T> {
  const record = (await tx.findOne(entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })) as T | null;
  if (!record || record.archivedAt) throw new NotFound(what, id, 'id');
  assertVersion(record, version, what.toLowerCase());
  return record;
}

export async function updateKnowledgeItem(em: EntityManager, id: string, input: KnowledgeItemInput, version?: number | null): Promise<KnowledgeItem> {
  return em.transactional(async (tx) => {
    const item = await forChange(tx, KnowledgeItem, 'Knowledge item', id, version);
    await tx.populate(item, ['focusAreas', 'countries', 'projects']);
    await checkItem(tx, input);
    applyItem(tx, item, input);
    await tx.flush();
    return item;
  });
}

async function checkNote(tx: EntityManager, input: TrendNoteInput): Promise<void> {
  const problems = new Problems();
  if (!input.title.trim()) problems.add('title', 'a title is required');
  if (!input.body.trim()) problems.add('body', 'the analysis is required');
  if (!input.focusAreas.length && !input.countries.length) problems.add('focusAreas', 'a trend note concerns at least one focus area or country');
  await checkTags(tx, problems, input);
  input.sources.forEach((s, i) => {
    if (!s.title.trim()) problems.add(`sources.${i}.title`, 'a title is required');
    if (s.url && !isWebAddress(s.url)) problems.add(`sources.${i}.url`, 'the address must be a full http or https URL');
  });
  problems.throwIfAny();
}

function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function applyNote(tx: EntityManager, note: TrendNote, input: TrendNoteInput): void {
  note.title = input.title.trim();
  note.body = input.body;
  note.notedOn = input.notedOn;
  note.sources = input.sources.map((s) => ({ title: s.title.trim(), url: s.url?.trim() || null }));
  applyTags(tx, note, input);
}

export async function createTrendNote(em: EntityManager, input: TrendNoteInput): Promise<TrendNote> {
  return em.transactional(async (tx) => {
    await checkNote(tx, input);
    const note = tx.create(TrendNote, { title: input.title.trim(), body: input.body, notedOn: input.notedOn });
    applyNote(tx, note, input);
    await tx.flush();
    return note;
  });
}

export async function updateTrendNote(em: EntityManager, id: string, input: TrendNoteInput, version?: number | null): Promise<TrendNote> {
  return em.transactional(async (tx) => {
    const note = await forChange(tx, TrendNote, 'Trend note', id, version);
    await tx.populate(note, ['focusAreas', 'countries']);
    await checkNote(tx, input);
    applyNote(tx, note, input);
    await tx.flush();
    return note;
  });
}

/** Deletes an item or a note, with its links; returns its id. */
export async function removeKnowledgeRecord(em: EntityManager, entity: typeof KnowledgeItem | typeof TrendNote, what: string, id: string, version?: number | null): Promise<string> {
  return em.transactional(async (tx) => {
    const record = await forChange<KnowledgeItem | TrendNote>(tx, entity, what, id, version);
    tx.remove(record);
    await tx.flush();
    return id;
  });
}
