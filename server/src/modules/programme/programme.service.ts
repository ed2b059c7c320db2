import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { NotFound, Problems } from '../common/errors.js';
import { setArchived } from '../common/archive.js';
import { assertVersion } from '../common/versioning.js';
import { Country, FocusArea, LegalInstrument, SdgTarget } from '../reference/reference.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Participation } from '../participation/participation.entity.js';
import { SectorShare } from '../activity/sector-share.entity.js';
import { byCodes, checkCodesExist, checkDateOrder, checkIatiIdentifierFree, checkSectors } from '../activity/activity.rules.js';
import { Programme } from './programme.entity.js';
import type { ProgrammeInput, ProgrammePatch } from './programme.inputs.js';

async function check(em: EntityManager, input: ProgrammePatch, current?: Programme): Promise<void> {
  const problems = new Problems();
  if (input.title !== undefined && !input.title.trim()) problems.add('title', 'a title is required');
  if (input.iatiIdentifier !== undefined) await checkIatiIdentifierFree(em, problems, input.iatiIdentifier.trim(), current?.id);
  checkDateOrder(problems, input.startDate ?? current?.startDate, input.endDate ?? current?.endDate, 'endDate', 'the end date');
  if (input.leadAgencyId !== undefined && !(await em.count(Organisation, { id: input.leadAgencyId }))) {
    throw new NotFound('Organisation', input.leadAgencyId, 'leadAgencyId');
  }
  await checkCodesExist(em, problems, FocusArea, input.focusAreas ?? [], 'focusAreas', 'a focus area');
  await checkCodesExist(em, problems, LegalInstrument, input.legalInstruments ?? [], 'legalInstruments', 'a legal instrument');
  await checkCodesExist(em, problems, SdgTarget, input.sdgTargets ?? [], 'sdgTargets', 'an SDG target');
  await checkCodesExist(em, problems, Country, (input.countries ?? []).map((c) => c.toUpperCase()), 'countries', 'a known ISO 3166 country code');
  if (input.sectors) await checkSectors(em, problems, input.sectors);
  problems.throwIfAny();
}

async function apply(em: EntityManager, programme: Programme, input: ProgrammePatch): Promise<void> {
  if (input.iatiIdentifier !== undefined) programme.iatiIdentifier = input.iatiIdentifier.trim();
  if (input.title !== undefined) programme.title = input.title.trim();
  if (input.description !== undefined) programme.description = input.description;
  if (input.status !== undefined) programme.status = input.status;
  if (input.startDate !== undefined) programme.startDate = input.startDate;
  if (input.endDate !== undefined) programme.endDate = input.endDate;
  if (input.leadAgencyId !== undefined) programme.leadAgency = em.getReference(Organisation, input.leadAgencyId, { wrapped: true });
  if (input.publishContributions !== undefined) programme.publishContributions = input.publishContributions;
  if (input.focusAreas) programme.focusAreas.set(await byCodes(em, FocusArea, input.focusAreas));
  if (input.legalInstruments) programme.legalInstruments.set(await byCodes(em, LegalInstrument, input.legalInstruments));
  if (input.sdgTargets) programme.sdgTargets.set(await byCodes(em, SdgTarget, input.sdgTargets));
  if (input.countries) programme.countries.set(await byCodes(em, Country, input.countries.map((c) => c.toUpperCase())));
  if (input.sectors) {
    programme.sectors.set(input.sectors.map((s) => em.create(SectorShare, { programme, vocabulary: s.vocabulary, code: s.code, percentage: s.percentage })));
  }
}

/** The lead agency is always an accountable participant of its programme. */
async function ensureLeadIsAccountable(em: EntityManager, programme: Programme): Promise<void> {
  const leadId = programme.leadAgency.id;
  const exists = await em.count(Participation, { programme, organisation: leadId, role: '2' });
  if (!exists) em.create(Participation, { programme, organisation: leadId, role: '2' });
}

export async function createProgramme(em: EntityManager, input: ProgrammeInput, options: { isDemo?: boolean } = {}): Promise<Programme> {
  return em.transactional(async (tx) => {
    await check(tx, input);
    const programme = tx.create(Programme, {
      iatiIdentifier: input.iatiIdentifier.trim(),
      title: input.title.trim(),
      status: input.status,
      startDate: input.startDate,
      endDate: input.endDate,
      leadAgency: input.leadAgencyId,
      isDemo: options.isDemo ?? false,
    });
    await apply(tx, programme, input);
    await ensureLeadIsAccountable(tx, programme);
    await tx.flush();
    return programme;
  });
}

export async function updateProgramme(em: EntityManager, id: string, patch: ProgrammePatch, version?: number | null): Promise<Programme> {
  return em.transactional(async (tx) => {
    const programme = await tx.findOne(Programme, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!programme) throw new NotFound('Programme', id);
    assertVersion(programme, version, 'programme');
    await tx.populate(programme, ['focusAreas', 'legalInstruments', 'sdgTargets', 'countries', 'sectors']);
    await check(tx, patch, programme);
    await apply(tx, programme, patch);
    if (patch.leadAgencyId !== undefined) await ensureLeadIsAccountable(tx, programme);
    await tx.flush();
    return programme;
  });
}

export const archiveProgramme = (em: EntityManager, id: string) => setArchived(em, Programme, 'Programme', id, true);
export const restoreProgramme = (em: EntityManager, id: string) => setArchived(em, Programme, 'Programme', id, false);
