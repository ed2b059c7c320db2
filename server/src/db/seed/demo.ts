import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import demo from './demo-portfolio.json' with { type: 'json' };
import { Programme } from '../../modules/programme/programme.entity.js';
import { Participation } from '../../modules/participation/participation.entity.js';
import { Project } from '../../modules/project/project.entity.js';
import { OrganisationKind } from '../../modules/organisation/organisation.entity.js';
import { createOrganisation } from '../../modules/organisation/organisation.service.js';
import { createProgramme } from '../../modules/programme/programme.service.js';
import { createProject } from '../../modules/project/project.service.js';
import { addDocument } from '../../modules/project/document.service.js';
import { seedDemoUsers } from './demo-users.js';
import { seedDemoLogframe } from './demo-logframes.js';
import { seedDemoReporting } from './demo-reporting.js';
import { seedDemoFinance } from './demo-finance.js';
import { seedDemoKnowledge } from './demo-knowledge.js';
import { seedDemoProgrammeResults } from './demo-programme-results.js';

interface DemoParticipation {
  organisation: string;
  role: string;
}

/**
 * Seeds the demonstration portfolio into a database that has no programmes yet.
 * It goes through the same services as the API, so the demo obeys every rule a user's data does.
 */
export async function seedDemoPortfolio(em: EntityManager, log: Logger, reportingCurrency: string): Promise<boolean> {
  if (await em.count(Programme, {})) return false;
  await em.transactional(async (tx) => {
    const orgIds = new Map<string, string>();
    for (const o of demo.organisations) {
      const org = await createOrganisation(tx, {
        name: o.name,
        acronym: o.acronym,
        kind: o.kind as OrganisationKind,
        iatiType: o.iatiType,
        iatiRef: o.iatiRef,
        country: o.country,
      });
      orgIds.set(o.key, org.id);
    }
    const orgId = (key: string) => {
      const id = orgIds.get(key);
      if (!id) throw new Error(`demo data names an unknown organisation: ${key}`);
      return id;
    };
    const participate = (list: DemoParticipation[], owner: { programme?: Programme; project?: Project }) => {
      for (const p of list) tx.create(Participation, { organisation: orgId(p.organisation), role: p.role, ...owner });
    };
    const logframes: { projectId: string; focusArea: string }[] = [];
    const programmeIds = new Map<string, string>();
    const projectIds = new Map<string, string>();
    for (const p of demo.programmes) {
      const programme = await createProgramme(
        tx,
        {
          iatiIdentifier: p.iatiIdentifier,
          title: p.title,
          description: p.description,
          status: p.status,
          startDate: p.startDate,
          endDate: p.endDate,
          leadAgencyId: orgId(p.leadAgency),
          focusAreas: p.focusAreas,
          legalInstruments: p.legalInstruments,
          sdgTargets: p.sdgTargets,
          countries: p.countries,
          sectors: p.sectors,
        },
        { isDemo: true },
      );
      // The lead agency was made accountable by createProgramme.
      programmeIds.set(p.iatiIdentifier, programme.id);
      participate(p.participations.filter((x) => !(x.organisation === p.leadAgency && x.role === '2')), { programme });
      for (const j of p.projects) {
        const project = await createProject(
          tx,
          {
            programmeId: programme.id,
            iatiIdentifier: j.iatiIdentifier,
            title: j.title,
            description: j.description,
            internalNotes: 'Demo record: names and figures are illustrative.',
            status: j.status,
            plannedStart: j.plannedStart,
            plannedEnd: j.plannedEnd,
            actualStart: j.actualStart,
            actualEnd: j.actualEnd,
            focusAreas: j.focusAreas,
            recipientCountries: j.recipientCountries,
            sectors: j.sectors,
          },
          { isDemo: true },
        );
        projectIds.set(j.iatiIdentifier, project.id);
        participate(j.participations, { project });
        logframes.push({ projectId: project.id, focusArea: j.focusAreas[0] ?? p.focusAreas[0] });
        for (const d of j.documents) {
          await addDocument(tx, project.id, { title: d.title, url: d.url, category: d.category, language: d.language, documentDate: d.date });
        }
      }
    }
    await tx.flush();
    await seedDemoUsers(tx, { organisation: orgId, programme: (k) => programmeIds.get(k)!, project: (k) => projectIds.get(k)! });
    // One logframe at a time with a fresh identity map: a flush then only looks at that project's records.
    for (const { projectId, focusArea } of logframes) {
      tx.clear();
      await seedDemoLogframe(tx, await tx.findOneOrFail(Project, { id: projectId }), focusArea);
    }
    await seedDemoReporting(tx, logframes.map((l) => l.projectId), { projectId: projectIds.get('XM-DAC-41128-DEMO-PRG-TIP-01')!, organisationId: orgId('naptip') });
    await seedDemoProgrammeResults(tx, { programme: (k) => programmeIds.get(k)!, project: (k) => projectIds.get(k)! });
    // Money last: transactions name the logframes' outputs.
    await seedDemoFinance(tx, { organisation: orgId, programme: (k) => programmeIds.get(k)! }, reportingCurrency, log);
    await seedDemoKnowledge(tx, { organisation: orgId, project: (k) => projectIds.get(k)! });
  });
  log.info({ programmes: demo.programmes.length }, 'seeded the demo portfolio');
  return true;
}
