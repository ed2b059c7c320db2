import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFound, Problems } from '../common/errors.js';
import { Project } from '../project/project.entity.js';
import { isActiveCode } from './codes.js';
import { PolicyMarker } from './policy-marker.entity.js';
import type { PolicyMarkerInput } from './policy-marker.inputs.js';

/** Replaces a project's policy markers with these, in one transaction; a bad list is refused whole. */
export async function setPolicyMarkers(em: EntityManager, projectId: string, markers: PolicyMarkerInput[]): Promise<void> {
  const problems = new Problems();
  const seen = new Set<string>();
  markers.forEach((m, i) => {
    if (!isActiveCode('PolicyMarker', m.code)) problems.add(`markers.${i}.code`, `"${m.code}" is not an IATI policy marker code (1 to 12)`);
    if (!isActiveCode('PolicySignificance', m.significance)) problems.add(`markers.${i}.significance`, `"${m.significance}" is not an IATI policy significance (0 to 4)`);
    if (seen.has(m.code)) problems.add(`markers.${i}.code`, `policy marker ${m.code} is listed twice`);
    seen.add(m.code);
  });
  problems.throwIfAny();
  await em.transactional(async (tx) => {
    const project = await tx.findOne(Project, { id: projectId });
    if (!project) throw new NotFound('Project', projectId, 'projectId');
    await tx.nativeDelete(PolicyMarker, { project: projectId });
    for (const m of markers) tx.create(PolicyMarker, { project, code: m.code, significance: m.significance });
    await tx.flush();
  });
}
