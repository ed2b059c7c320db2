import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { FocusArea } from '../reference/reference.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { SectorShare } from '../activity/sector-share.entity.js';
import { RecipientCountry } from '../activity/recipient-country.entity.js';
import { Participation } from '../participation/participation.entity.js';
import { Project } from './project.entity.js';
import { Document } from './document.entity.js';
import { ProjectFilter, ProjectInput, ProjectPatch } from './project.inputs.js';
import * as service from './project.service.js';
import { assertMayChange } from '../access/scope.js';
import { LIMIT, text } from '../common/limits.js';

@ObjectType({ description: 'One page of projects.' })
class ProjectConnection {
  @Field(() => [Project], { description: 'The projects on this page.' })
  items!: Project[];

  @Field(() => Int, { description: 'How many projects match the filter in all.' })
  totalCount!: number;

  @Field(() => Boolean, { description: 'Whether another page follows.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Projects by title, a page at a time, filtered by programme, country, focus area, status, organisation or text.' })
  async projects(
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: text(LIMIT.cursor, 'The `endCursor` of the previous page.') }) after: string | undefined,
    @Ctx() { em, access }: Context,
  ) {
    return service.listProjects(em, await access.visibleProjectIds(), filter, first, after);
  }

  @Query(() => Project, { description: 'One project. NOT_FOUND if there is none with this id.' })
  async project(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    return service.getProject(em, id, await access.visibleProjectIds());
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change the project: its details, participants, documents and logframe.' })
  async canEdit(@Root() p: Project, @Ctx() { access }: Context) {
    return access.caller?.token?.scope !== 'READ' && (await access.managesProject(p.id, p.programme.id));
  }

  @FieldResolver(() => String, { nullable: true, description: "Staff-only notes; visible to administrators and the project's managers, null for everyone else." })
  async internalNotes(@Root() p: Project, @Ctx() { access }: Context) {
    return (await access.managesProject(p.id, p.programme.id)) ? p.internalNotes : null;
  }

  @FieldResolver(() => Programme, { description: 'The programme the project belongs to.' })
  programme(@Root() p: Project) {
    return p.programme.load();
  }

  @FieldResolver(() => String, { description: 'Name of the IATI activity status.' })
  statusName(@Root() p: Project, @Ctx() { codes }: Context) {
    return codes.name('ActivityStatus', p.status);
  }

  @FieldResolver(() => [FocusArea], { description: 'Focus areas of the project.' })
  async focusAreas(@Root() p: Project) {
    return (await p.focusAreas.load()).getItems();
  }

  @FieldResolver(() => [RecipientCountry], { description: 'Recipient countries with their percentages.' })
  async recipientCountries(@Root() p: Project) {
    return (await p.recipientCountries.load()).getItems();
  }

  @FieldResolver(() => [SectorShare], { description: 'DAC sectors with their percentages.' })
  async sectors(@Root() p: Project) {
    return (await p.sectors.load()).getItems();
  }

  @FieldResolver(() => [Participation], { description: 'Organisations taking part in the project, with their IATI roles.' })
  async participations(@Root() p: Project) {
    return (await p.participations.load()).getItems();
  }

  @FieldResolver(() => [Document], { description: 'Documents linked to the project.' })
  async documents(@Root() p: Project) {
    return (await p.documents.load()).getItems();
  }

  @Mutation(() => Project, { description: 'Creates a project in a programme (administrators and the programme\'s managers).' })
  async createProject(@Arg('input', () => ProjectInput) input: ProjectInput, @Ctx() { em, access }: Context) {
    await assertMayChange(access, em, 'Programme', input.programmeId, 'programmeId');
    return service.createProject(em, input);
  }

  @Mutation(() => Project, { description: 'Changes a project (administrators and the managers of the project or its programme). Give `version` to be refused with CONFLICT if someone changed it since you read it.' })
  async updateProject(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProjectPatch) input: ProjectPatch,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access }: Context,
  ) {
    await assertMayChange(access, em, 'Project', id, 'id');
    return service.updateProject(em, id, input, version);
  }

  @Mutation(() => Project, { description: 'Archives a project: it leaves the lists but keeps its records.' })
  async archiveProject(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    await assertMayChange(access, em, 'Project', id, 'id');
    return service.archiveProject(em, id);
  }

  @Mutation(() => Project, { description: 'Brings an archived project back into the lists.' })
  async restoreProject(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    await assertMayChange(access, em, 'Project', id, 'id');
    return service.restoreProject(em, id);
  }
}
