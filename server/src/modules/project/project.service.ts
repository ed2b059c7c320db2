import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { NotFound, Problems } from '../common/errors.js';
import { setArchived } from '../common/archive.js';
import { assertVersion } from '../common/versioning.js';
import { Country, FocusArea } from '../reference/reference.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { SectorShare } from '../activity/sector-share.entity.js';
import { RecipientCountry } from '../activity/recipient-country.entity.js';
import { byCodes, checkCodesExist, checkDateOrder, checkIatiIdentifierFree, checkRecipientCountries, checkSectors } from '../activity/activity.rules.js';
import { Project } from './project.entity.js';
import type { ProjectInput, ProjectPatch } from './project.inputs.js';

async function check(em: EntityManager, input: ProjectPatch & { programmeId?: string }, current?: Project): Promise<void> {
  const problems = new Problems();
  if (input.title !== undefined && !input.title.trim()) problems.add('title', 'a title is required');
  if (input.iatiIdentifier !== undefined) await checkIatiIdentifierFree(em, problems, input.iatiIdentifier.trim(), current?.id);
  checkDateOrder(problems, input.plannedStart ?? current?.plannedStart, input.plannedEnd ?? current?.plannedEnd, 'plannedEnd', 'the planned end date');
  const actualStart = input.actualStart !== undefined ? input.actualStart : current?.actualStart;
  const actualEnd = input.actualEnd !== undefined ? input.actualEnd : current?.actualEnd;
  checkDateOrder(problems, actualStart, actualEnd, 'actualEnd', 'the actual end date');
  if (actualEnd && !actualStart) problems.add('actualStart', 'an actual start date is needed before an actual end date');
  await checkCodesExist(em, problems, FocusArea, input.focusAreas ?? [], 'focusAreas', 'a focus area');
  if (input.recipientCountries) await checkRecipientCountries(em, problems, input.recipientCountries);
  if (input.sectors) await checkSectors(em, problems, input.sectors);
  problems.throwIfAny();
}

async function apply(em: EntityManager, project: Project, input: ProjectPatch): Promise<void> {
  if (input.iatiIdentifier !== undefined) project.iatiIdentifier = input.iatiIdentifier.trim();
  if (input.title !== undefined) project.title = input.title.trim();
  if (input.description !== undefined) project.description = input.description;
  if (input.internalNotes !== undefined) project.internalNotes = input.internalNotes;
  if (input.status !== undefined) project.status = input.status;
  if (input.plannedStart !== undefined) project.plannedStart = input.plannedStart;
  if (input.plannedEnd !== undefined) project.plannedEnd = input.plannedEnd;
  if (input.actualStart !== undefined) project.actualStart = input.actualStart;
  if (input.actualEnd !== undefined) project.actualEnd = input.actualEnd;
  if (input.focusAreas) project.focusAreas.set(await byCodes(em, FocusArea, input.focusAreas));
  if (input.recipientCountries) {
    const countries = await byCodes(em, Country, input.recipientCountries.map((c) => c.country.toUpperCase()));
    project.recipientCountries.set(input.recipientCountries.map((c, i) => em.create(RecipientCountry, { project, country: countries[i], percentage: c.percentage })));
  }
  if (input.sectors) {
    project.sectors.set(input.sectors.map((s) => em.create(SectorShare, { project, vocabulary: s.vocabulary, code: s.code, percentage: s.percentage })));
  }
}

export async function createProject(em: EntityManager, input: ProjectInput, options: { isDemo?: boolean } = {}): Promise<Project> {
  return em.transactional(async (tx) => {
    const programme = await tx.findOne(Programme, { id: input.programmeId });
    if (!programme) throw new NotFound('Programme', input.programmeId, 'programmeId');
    await check(tx, input);
    const project = tx.create(Project, {
      programme,
      iatiIdentifier: input.iatiIdentifier.trim(),
      title: input.title.trim(),
      status: input.status,
      plannedStart: input.plannedStart,
      plannedEnd: input.plannedEnd,
      isDemo: options.isDemo ?? false,
    });
    await apply(tx, project, input);
    await tx.flush();
    return project;
  });
}

export async function updateProject(em: EntityManager, id: string, patch: ProjectPatch, version?: number | null): Promise<Project> {
  return em.transactional(async (tx) => {
    const project = await tx.findOne(Project, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!project) throw new NotFound('Project', id);
    assertVersion(project, version, 'project');
    await tx.populate(project, ['focusAreas', 'recipientCountries', 'sectors']);
    await check(tx, patch, project);
    await apply(tx, project, patch);
    await tx.flush();
    return project;
  });
}

export const archiveProject = (em: EntityManager, id: string) => setArchived(em, Project, 'Project', id, true);
export const restoreProject = (em: EntityManager, id: string) => setArchived(em, Project, 'Project', id, false);
