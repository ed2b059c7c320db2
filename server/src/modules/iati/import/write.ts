import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Country } from '../../reference/reference.entity.js';
import { byCodes } from '../../activity/activity.rules.js';
import { SectorShare } from '../../activity/sector-share.entity.js';
import { RecipientCountry } from '../../activity/recipient-country.entity.js';
import { Programme } from '../../programme/programme.entity.js';
import { Project } from '../../project/project.entity.js';
import { Document } from '../../project/document.entity.js';
import { Participation } from '../../participation/participation.entity.js';
import { Budget, FinanceTransaction } from '../../finance/finance.entity.js';
import { InvalidInput } from '../../common/errors.js';
import { readActivities, type XmlElement } from './xml.js';
import { readActivity } from './activity.read.js';
import { OrganisationMatcher } from './organisations.js';
import { writeResults } from './results.write.js';
import type { ImportResult, PreviewActivity } from './preview.js';
import type { ImportedActivity, ImportedParticipant } from './records.js';

export interface CommitOptions {
  orphanProgrammeId: string | null;
  userId: string;
  /** After each chunk of each of the two readings (pass 0 programmes, 1 projects). */
  onProgress?: (pass: number, bytesRead: number) => Promise<void> | void;
  /** Runs last, inside the transaction (the job records its result with the data). */
  onDone?: (tx: EntityManager, result: ImportResult) => Promise<void>;
}

/**
 * Writes the file into Accord in one transaction: programmes on a first reading, projects on a second (a child
 * may come before its parent in the file). An activity is found by its IATI identifier and updated, else
 * created; the budgets, transactions, documents and results of an updated activity are replaced by the file's,
 * so importing the same file again changes nothing. Participations are only added: one that Accord holds and
 * the file does not name may carry access (a donor, a partner), and is left for a person to remove.
 */
export async function commitFile(em: EntityManager, open: () => Readable, plan: Map<string, PreviewActivity>, options: CommitOptions): Promise<ImportResult> {
  return em.transactional(async (tx) => {
    const result: ImportResult = { programmesCreated: 0, programmesUpdated: 0, projectsCreated: 0, projectsUpdated: 0, organisationsCreated: 0, budgets: 0, transactions: 0, results: 0, indicators: 0, activities: [] };
    const orgs = new OrganisationMatcher(tx);
    const orphanProgramme = options.orphanProgrammeId ? await tx.findOne(Programme, { id: options.orphanProgrammeId }) : null;
    const orphans = [...plan.values()].filter((p) => p.orphan);
    if (orphans.length && !orphanProgramme) {
      throw new InvalidInput(
        [{ field: 'programmeId', message: `${orphans.length} activit${orphans.length === 1 ? 'y has' : 'ies have'} no parent programme in the file or in Accord (${orphans.slice(0, 5).map((o) => o.identifier).join(', ')}${orphans.length > 5 ? ' …' : ''}): choose the programme they go to` }],
        'Choose the programme for the activities whose parent is not in the file or in Accord.',
      );
    }
    for (const [pass, kind] of (['PROGRAMME', 'PROJECT'] as const).entries()) {
      await readActivities(open(), () => undefined, async (el: XmlElement) => {
        const a = readActivity(el, []);
        const entry = a && plan.get(a.identifier);
        if (!a || !entry) throw new Error(`the stored file changed since its preview (line ${el.line})`);
        if (entry.kind !== kind) return;
        const written = kind === 'PROGRAMME' ? await writeProgramme(tx, a, orgs, result) : await writeProject(tx, a, entry, orgs, orphanProgramme, options.userId, result);
        result.activities.push({ identifier: a.identifier, kind, id: written.id, title: written.title });
        // Each activity is flushed and forgotten, so the identity map does not grow with the file.
        tx.clear();
      }, { onProgress: (bytes) => options.onProgress?.(pass, bytes) });
    }
    result.organisationsCreated = orgs.created;
    await options.onDone?.(tx, result);
    return result;
  });
}

/** Accountable, else extending, else the reporting organisation: who leads the programme. */
function leadOf(a: ImportedActivity): ImportedParticipant | ImportedActivity['reportingOrg'] {
  return a.participants.find((p) => p.role === '2') ?? a.participants.find((p) => p.role === '3') ?? a.reportingOrg;
}

async function addParticipations(tx: EntityManager, owner: { programme: Programme } | { project: Project }, a: ImportedActivity, orgs: OrganisationMatcher, extra: { organisationId: string; role: string }[] = []) {
  const where = 'programme' in owner ? { programme: owner.programme } : { project: owner.project };
  const held = new Set((await tx.find(Participation, where)).map((p) => `${p.organisation.id}:${p.role}`));
  // One at a time: the matcher creates an organisation it does not find, and must see the one it just made.
  const wanted = [...extra];
  for (const p of a.participants) wanted.push({ organisationId: (await orgs.find(p, p.role)).id, role: p.role });
  for (const w of wanted) {
    const key = `${w.organisationId}:${w.role}`;
    if (held.has(key)) continue;
    held.add(key);
    tx.create(Participation, { ...where, organisation: w.organisationId, role: w.role });
  }
}

async function replaceTransactions(tx: EntityManager, owner: { programme: string } | { project: string }, a: ImportedActivity, orgs: OrganisationMatcher, result: ImportResult) {
  await tx.nativeDelete(FinanceTransaction, owner);
  const written = new Map<number, FinanceTransaction>();
  // Reversals are written after what they reverse has been flushed: the database checks that a negative amount
  // points at its original from the moment the row is inserted.
  for (const reversals of [false, true]) {
    for (const [k, { reverses, ...t }] of a.transactions.entries()) {
      if ((reverses !== null) !== reversals) continue;
      const provider = t.provider ? await orgs.find(t.provider, '1') : null;
      const receiver = t.receiver ? await orgs.find(t.receiver, '4') : null;
      written.set(
        k,
        tx.create(FinanceTransaction, {
          ...owner,
          type: t.type,
          transactionDate: t.transactionDate,
          valueDate: t.valueDate,
          amount: t.amount,
          currency: t.currency,
          provider: provider?.id ?? null,
          // Accord's rule: a transaction's receiver is not also its provider.
          receiver: receiver && receiver.id !== provider?.id ? receiver.id : null,
          providerActivity: t.providerActivity,
          receiverActivity: t.receiverActivity,
          description: t.description.slice(0, 10_000),
          reverses: reverses === null ? null : written.get(reverses),
        }),
      );
      result.transactions++;
    }
    await tx.flush();
  }
}

async function writeProgramme(tx: EntityManager, a: ImportedActivity, orgs: OrganisationMatcher, result: ImportResult): Promise<Programme> {
  const lead = await orgs.find(leadOf(a), '2');
  let programme: Programme | null = await tx.findOne(Programme, { iatiIdentifier: a.identifier }, { populate: ['countries'] });
  const fields = { title: a.title, description: a.description, status: a.status, startDate: a.actualStart ?? a.plannedStart!, endDate: a.actualEnd ?? a.plannedEnd!, leadAgency: lead.id };
  if (fields.endDate < fields.startDate) fields.endDate = a.plannedEnd! >= fields.startDate ? a.plannedEnd! : fields.startDate;
  if (programme) {
    tx.assign(programme, fields);
    result.programmesUpdated++;
  } else {
    programme = tx.create(Programme, { iatiIdentifier: a.identifier, ...fields });
    result.programmesCreated++;
  }
  programme.countries.set(await byCodes(tx, Country, a.countries.map((c) => c.code)));
  await tx.flush();
  // Replaced rows are deleted before the new ones are written: they share unique keys.
  await tx.nativeDelete(SectorShare, { programme: programme.id });
  for (const s of a.sectors) tx.create(SectorShare, { programme, vocabulary: s.vocabulary, code: s.code, percentage: s.percentage });
  // The lead agency is always an accountable participant of its programme (programme.service).
  await addParticipations(tx, { programme }, a, orgs, [{ organisationId: lead.id, role: '2' }]);
  await replaceTransactions(tx, { programme: programme.id }, a, orgs, result);
  await tx.flush();
  return programme;
}

async function writeProject(
  tx: EntityManager,
  a: ImportedActivity,
  entry: PreviewActivity,
  orgs: OrganisationMatcher,
  orphanProgramme: Programme | null,
  userId: string,
  result: ImportResult,
): Promise<Project> {
  let project: Project | null = await tx.findOne(Project, { iatiIdentifier: a.identifier });
  const parent = entry.parent ? await tx.findOne(Programme, { iatiIdentifier: entry.parent }) : null;
  // The identity map is cleared after each activity: the chosen programme travels as a reference.
  const programme = parent ?? (project || !orphanProgramme ? null : tx.getReference(Programme, orphanProgramme.id));
  const fields = {
    title: a.title,
    description: a.description,
    status: a.status,
    plannedStart: a.plannedStart!,
    plannedEnd: a.plannedEnd!,
    actualStart: a.actualStart,
    actualEnd: a.actualStart && a.actualEnd && a.actualEnd >= a.actualStart ? a.actualEnd : null,
    ...(programme ? { programme } : {}),
  };
  if (project) {
    tx.assign(project, fields);
    result.projectsUpdated++;
  } else {
    if (!programme) throw new Error(`no programme for ${a.identifier}`);
    project = tx.create(Project, { iatiIdentifier: a.identifier, ...fields, programme });
    result.projectsCreated++;
  }
  await tx.flush();
  // Replaced rows are deleted before the new ones are written: they share unique keys.
  for (const entity of [RecipientCountry, SectorShare, Document] as const) await tx.nativeDelete(entity, { project: project.id });
  const countries = await byCodes(tx, Country, a.countries.map((c) => c.code));
  countries.forEach((country, i) => tx.create(RecipientCountry, { project, country, percentage: a.countries[i].percentage }));
  for (const s of a.sectors) tx.create(SectorShare, { project, vocabulary: s.vocabulary, code: s.code, percentage: s.percentage });
  for (const d of a.documents) tx.create(Document, { project, ...d });
  await addParticipations(tx, { project }, a, orgs);
  await tx.nativeDelete(Budget, { project: project.id });
  for (const b of a.budgets) tx.create(Budget, { project, ...b });
  result.budgets += a.budgets.length;
  await replaceTransactions(tx, { project: project.id }, a, orgs, result);
  await tx.flush();
  const written = await writeResults(tx, project, a, userId);
  result.results += written.results;
  result.indicators += written.indicators;
  return project;
}
