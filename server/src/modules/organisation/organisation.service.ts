import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { type FilterQuery, Reference } from '@mikro-orm/core';
import { NotFound, Problems } from '../common/errors.js';
import { setArchived } from '../common/archive.js';
import { assertVersion, likePattern } from '../common/versioning.js';
import { Country } from '../reference/reference.entity.js';
import { byCodes, checkCodelist, checkCodesExist } from '../activity/activity.rules.js';
import { Organisation } from './organisation.entity.js';
import type { OrganisationFilter, OrganisationInput, OrganisationPatch } from './organisation.inputs.js';

async function check(em: EntityManager, input: OrganisationPatch, exceptId?: string): Promise<void> {
  const problems = new Problems();
  if (input.name !== undefined && !input.name?.trim()) problems.add('name', 'a name is required');
  if (input.country) await checkCodesExist(em, problems, Country, [input.country.toUpperCase()], 'country', 'a known ISO 3166 country code', () => 'country');
  if (input.iatiType) await checkCodelist(em, problems, 'OrganisationType', input.iatiType, 'iatiType', 'an IATI organisation type');
  if (input.iatiRef) {
    const taken = await em.count(Organisation, { iatiRef: input.iatiRef, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (taken) problems.add('iatiRef', `the IATI identifier ${input.iatiRef} belongs to another organisation`);
  }
  problems.throwIfAny();
}

async function apply(em: EntityManager, org: Organisation, input: OrganisationPatch): Promise<void> {
  if (input.name !== undefined) org.name = input.name.trim();
  if (input.acronym !== undefined) org.acronym = input.acronym?.trim() || null;
  if (input.kind !== undefined) org.kind = input.kind;
  if (input.iatiType !== undefined) org.iatiType = input.iatiType || null;
  if (input.iatiRef !== undefined) org.iatiRef = input.iatiRef?.trim() || null;
  if (input.country !== undefined) org.country = input.country ? Reference.create((await byCodes(em, Country, [input.country.toUpperCase()]))[0]) : null;
}

export async function createOrganisation(em: EntityManager, input: OrganisationInput): Promise<Organisation> {
  return em.transactional(async (tx) => {
    await check(tx, input);
    const org = tx.create(Organisation, { name: input.name.trim(), kind: input.kind });
    await apply(tx, org, input);
    await tx.flush();
    return org;
  });
}

export async function updateOrganisation(em: EntityManager, id: string, patch: OrganisationPatch, version?: number | null): Promise<Organisation> {
  return em.transactional(async (tx) => {
    const org = await tx.findOne(Organisation, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!org) throw new NotFound('Organisation', id);
    assertVersion(org, version, 'organisation');
    await check(tx, patch, id);
    await apply(tx, org, patch);
    await tx.flush();
    return org;
  });
}

export const archiveOrganisation = (em: EntityManager, id: string) => setArchived(em, Organisation, 'Organisation', id, true);
export const restoreOrganisation = (em: EntityManager, id: string) => setArchived(em, Organisation, 'Organisation', id, false);
