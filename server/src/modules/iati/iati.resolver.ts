import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { InvalidInput, NotFound } from '../common/errors.js';
import { assertMayChange } from '../access/scope.js';
import { Programme } from '../programme/programme.entity.js';
import { Project } from '../project/project.entity.js';
import * as programmeReads from '../programme/programme.reads.js';
import type { ProgrammeRow } from '../programme/programme.reads.js';
import { programmeCompliance, projectCompliance } from './compliance.js';
import { scopeExists, writeActivities, type ExportScope } from './iati.export.js';
import { IatiComplianceItem } from './iati.types.js';
import { publicationUrl, setIatiPublication } from './publication.service.js';
import { stringSink } from './xml.js';

@Resolver()
export class IatiResolver {
  @Query(() => String, {
    description:
      'The IATI 2.03 XML of one programme (with the projects of it you may see) or of one project, as `GET /iati/activities.xml?programme=…|?project=…` serves it. Give exactly one of the two ids. Only approved results; never the actual values of sensitive indicators.',
  })
  async iatiActivitiesXml(
    @Arg('programmeId', () => ID, { nullable: true, description: 'The programme (parent activity) to export with its projects.' }) programmeId: string | undefined,
    @Arg('projectId', () => ID, { nullable: true, description: 'The project (child activity) to export alone.' }) projectId: string | undefined,
    @Ctx() { reader, access }: Context,
  ) {
    access.requireCaller();
    if (!programmeId === !projectId) throw new InvalidInput([{ field: programmeId ? 'projectId' : 'programmeId', message: 'give either a programme or a project, not both and not neither' }]);
    const scope: ExportScope = programmeId ? { programmeId } : { projectId: projectId! };
    const audience = { kind: 'caller' as const, access };
    if (!(await scopeExists(reader, audience, scope))) throw programmeId ? new NotFound('Programme', programmeId, 'programmeId') : new NotFound('Project', projectId!, 'projectId');
    const out = stringSink();
    await writeActivities(reader, audience, scope, out.sink);
    return out.text();
  }

  @Mutation(() => Programme, {
    description:
      'Publishes a programme and its projects as IATI activities at a public URL that anyone may read without signing in (`iatiPublicationUrl`), or withdraws them. Administrators and the managers of the programme.',
  })
  async setIatiPublication(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('published', () => Boolean, { description: 'True to publish, false to withdraw.' }) published: boolean,
    @Ctx() { em, access, reader }: Context,
  ) {
    await assertMayChange(access, em, 'Programme', programmeId, 'programmeId');
    await setIatiPublication(em, programmeId, published);
    return programmeReads.getProgramme(reader, access, programmeId);
  }
}

@Resolver(() => Programme)
export class IatiProgrammeResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The public address of the programme’s IATI XML while it is published (`iatiPublished`); null otherwise.' })
  iatiPublicationUrl(@Root() p: ProgrammeRow, @Ctx() { settings }: Context) {
    return publicationUrl(p.id, p.iatiPublished, settings.publicUrl);
  }

  @FieldResolver(() => [IatiComplianceItem], {
    description: 'What would make the IATI record of the programme or of one of its projects (those you may see) invalid (ERROR) or weak (WARNING). Empty: ready to publish. Meant for one programme at a time.',
  })
  async iatiCompliance(@Root() p: ProgrammeRow, @Ctx() { reader, access }: Context) {
    return (await programmeCompliance(reader, { kind: 'caller', access }, p.id)) ?? [];
  }
}

@Resolver(() => Project)
export class IatiProjectResolver {
  @FieldResolver(() => [IatiComplianceItem], {
    description: 'What would make the IATI record of the project invalid (ERROR) or weak (WARNING). Empty: ready to publish. Meant for one project at a time.',
  })
  async iatiCompliance(@Root() p: { id: string }, @Ctx() { reader, access }: Context) {
    return (await projectCompliance(reader, { kind: 'caller', access }, p.id)) ?? [];
  }
}
