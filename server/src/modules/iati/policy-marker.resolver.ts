import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { list } from '../common/limits.js';
import { assertMayChange } from '../access/scope.js';
import { listLoader } from '../../db/rows.js';
import type { Reader } from '../../db/reader.js';
import { Project } from '../project/project.entity.js';
import { PolicyMarker } from './policy-marker.entity.js';
import { MAX_MARKERS, PolicyMarkerInput } from './policy-marker.inputs.js';
import { setPolicyMarkers } from './policy-marker.service.js';

interface MarkerRow {
  projectId: string;
  code: string;
  significance: string;
}

// One loader per request (the reader is the request's), so a list of projects reads its markers in one statement.
const loaders = new WeakMap<Reader, DataLoader<string, MarkerRow[]>>();
const markersOf = (reader: Reader) => {
  let loader = loaders.get(reader);
  if (!loader) {
    loader = listLoader<MarkerRow>(reader, `select m.project_id as "projectId", m.code, m.significance from policy_marker m where m.project_id in $KEYS order by m.code::int`, (r) => r.projectId);
    loaders.set(reader, loader);
  }
  return loader;
};

@Resolver(() => Project)
export class PolicyMarkerResolver {
  @FieldResolver(() => [PolicyMarker], { description: 'IATI policy markers of the project, by code; exported in its IATI record.' })
  policyMarkers(@Root() p: { id: string }, @Ctx() { reader }: Context) {
    return markersOf(reader).load(p.id);
  }

  @Mutation(() => [PolicyMarker], { description: "Replaces a project's IATI policy markers (administrators and the project's managers). Each marker code at most once." })
  async setPolicyMarkers(
    @Arg('projectId', () => ID, { description: 'The project.' }) projectId: string,
    @Arg('markers', () => [PolicyMarkerInput], { description: list(MAX_MARKERS, 'The markers, each code at most once; an empty list removes them all.') }) markers: PolicyMarkerInput[],
    @Ctx() { em, access, reader }: Context,
  ) {
    await assertMayChange(access, em, 'Project', projectId, 'projectId');
    await setPolicyMarkers(em, projectId, markers);
    return markersOf(reader).clear(projectId).load(projectId);
  }
}
