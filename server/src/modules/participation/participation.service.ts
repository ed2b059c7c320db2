import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, InvalidInput, NotFound } from '../common/errors.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { Project } from '../project/project.entity.js';
import { Participation } from './participation.entity.js';
import type { ParticipationInput } from './participation.inputs.js';

export async function addParticipation(em: EntityManager, input: ParticipationInput): Promise<Participation> {
  if (!input.programmeId === !input.projectId) {
    throw new InvalidInput([{ field: input.programmeId ? 'projectId' : 'programmeId', message: 'give either a programme or a project, not both and not neither' }]);
  }
  return em.transactional(async (tx) => {
    const organisation = await tx.findOne(Organisation, { id: input.organisationId });
    if (!organisation) throw new NotFound('Organisation', input.organisationId, 'organisationId');
    const programme = input.programmeId ? await tx.findOne(Programme, { id: input.programmeId }) : null;
    if (input.programmeId && !programme) throw new NotFound('Programme', input.programmeId, 'programmeId');
    const project = input.projectId ? await tx.findOne(Project, { id: input.projectId }) : null;
    if (input.projectId && !project) throw new NotFound('Project', input.projectId, 'projectId');
    const duplicate = await tx.count(Participation, { organisation, role: input.role, ...(programme ? { programme } : { project }) });
    if (duplicate) throw new Conflict(`${organisation.name} already has this role here.`, [{ field: 'role', message: 'this organisation already has this role here' }]);
    const participation = tx.create(Participation, { organisation, role: input.role, programme, project });
    await tx.flush();
    return participation;
  });
}

/** The programme or project a participation belongs to, for the access check. */
export async function removeParticipation(em: EntityManager, id: string): Promise<string> {
  return em.transactional(async (tx) => {
    const participation = await tx.findOne(Participation, { id }, { populate: ['programme'] });
    if (!participation) throw new NotFound('Participation', id);
    const programme = participation.programme?.getEntity();
    if (programme && participation.role === '2' && programme.leadAgency.id === participation.organisation.id) {
      throw new InvalidInput([{ field: 'id', message: 'the lead agency stays accountable for its programme; change the lead agency first' }]);
    }
    tx.remove(participation);
    await tx.flush();
    return id;
  });
}
