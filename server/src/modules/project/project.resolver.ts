import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selected } from '../../graphql/selection.js';
import type { Context } from '../../graphql/context.js';
import { FocusArea } from '../reference/reference.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { SectorShare } from '../activity/sector-share.entity.js';
import { RecipientCountry } from '../activity/recipient-country.entity.js';
import { Participation } from '../participation/participation.entity.js';
import { Project } from './project.entity.js';
import { Document } from './document.entity.js';
import { ProjectFilter, ProjectInput, ProjectOrderField, ProjectPatch } from './project.inputs.js';
import { PAGE_ARGS, PageInfo, SortDirection } from '../common/pagination.js';
import * as service from './project.service.js';
import * as reads from './project.reads.js';
import type { ProjectRow } from './project.reads.js';
import { assertMayChange } from '../access/scope.js';

@ObjectType({ description: 'One page of projects; walk the list with `pageInfo.endCursor` as `after`.' })
class ProjectConnection {
  @Field(() => [Project], { description: 'The projects on this page, in the order asked for.' })
  items!: Project[];

  @Field(() => Int, { description: 'How many projects match the filter in all (of those you may read).' })
  totalCount!: number;

  @Field(() => PageInfo, { description: 'Whether another page follows, and the cursor to get it.' })
  pageInfo!: PageInfo;

  @Field(() => Boolean, { description: 'Whether another page follows.', deprecationReason: 'Use pageInfo.hasNextPage.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.', deprecationReason: 'Use pageInfo.endCursor.' })
  endCursor!: string | null;
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, {
    description: 'Projects you may read, a page at a time, filtered by programme, country, focus area, status, organisation, words or change date, and sorted as asked (by title unless told otherwise).',
  })
  projects(
    @Arg('filter', () => ProjectFilter, { nullable: true, description: 'Which projects to list.' }) filter: ProjectFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: PAGE_ARGS.first }) first: number,
    @Arg('after', () => String, { nullable: true, description: PAGE_ARGS.after }) after: string | undefined,
    @Arg('orderBy', () => ProjectOrderField, { defaultValue: ProjectOrderField.TITLE, description: 'What to sort by.' }) orderBy: ProjectOrderField,
    @Arg('direction', () => SortDirection, { nullable: true, description: PAGE_ARGS.direction }) direction: SortDirection | undefined,
    @Ctx() { reader, access }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return reads.listProjects(reader, access, filter, { first, after, orderBy, direction }, selected(info, ['items']));
  }

  @Query(() => Project, { description: 'One project. NOT_FOUND if there is none with this id.' })
  project(@Arg('id', () => ID) id: string, @Ctx() { reader, access }: Context, @Info() info: GraphQLResolveInfo) {
    return reads.getProject(reader, access, id, selected(info));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change the project: its details, participants, documents and logframe.' })
  async canEdit(@Root() p: ProjectRow, @Ctx() { access }: Context) {
    return access.caller?.token?.scope !== 'READ' && (await access.managesProject(p.id, p.programmeId));
  }

  @FieldResolver(() => String, { nullable: true, description: "Staff-only notes; visible to administrators and the project's managers, null for everyone else." })
  async internalNotes(@Root() p: ProjectRow, @Ctx() { access }: Context) {
    return (await access.managesProject(p.id, p.programmeId)) ? p.internalNotes : null;
  }

  @FieldResolver(() => Programme, { description: 'The programme the project belongs to.' })
  programme(@Root() p: ProjectRow, @Ctx() { loaders }: Context) {
    return p.programme ?? loaders.programme.load(p.programmeId);
  }

  @FieldResolver(() => String, { description: 'Name of the IATI activity status.' })
  statusName(@Root() p: ProjectRow, @Ctx() { codes }: Context) {
    return codes.name('ActivityStatus', p.status);
  }

  @FieldResolver(() => [FocusArea], { description: 'Focus areas of the project.' })
  focusAreas(@Root() p: ProjectRow, @Ctx() { loaders }: Context) {
    return p.focusAreas ?? loaders.projectFocusAreas.load(p.id);
  }

  @FieldResolver(() => [RecipientCountry], { description: 'Recipient countries with their percentages.' })
  recipientCountries(@Root() p: ProjectRow, @Ctx() { loaders }: Context) {
    return p.recipientCountries ?? loaders.recipientCountries.load(p.id);
  }

  @FieldResolver(() => [SectorShare], { description: 'DAC sectors with their percentages.' })
  sectors(@Root() p: ProjectRow, @Ctx() { loaders }: Context) {
    return p.sectors ?? loaders.projectSectors.load(p.id);
  }

  @FieldResolver(() => [Participation], { description: 'Organisations taking part in the project, with their IATI roles.' })
  participations(@Root() p: ProjectRow, @Ctx() { loaders }: Context) {
    return p.participations ?? loaders.projectParticipations.load(p.id);
  }

  @FieldResolver(() => [Document], { description: 'Documents linked to the project.' })
  documents(@Root() p: ProjectRow, @Ctx() { loaders }: Context) {
    return p.documents ?? loaders.documents.load(p.id);
  }

  @Mutation(() => Project, { description: 'Creates a project in a programme (administrators and the programme\'s managers).' })
  async createProject(@Arg('input', () => ProjectInput) input: ProjectInput, @Ctx() { em, access, reader }: Context) {
    await assertMayChange(access, em, 'Programme', input.programmeId, 'programmeId');
    return reads.getProject(reader, access, (await service.createProject(em, input)).id);
  }

  @Mutation(() => Project, { description: 'Changes a project (administrators and the managers of the project or its programme). Give `version` to be refused with CONFLICT if someone changed it since you read it.' })
  async updateProject(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProjectPatch) input: ProjectPatch,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access, reader }: Context,
  ) {
    await assertMayChange(access, em, 'Project', id, 'id');
    await service.updateProject(em, id, input, version);
    return reads.getProject(reader, access, id);
  }

  @Mutation(() => Project, { description: 'Archives a project: it leaves the lists but keeps its records.' })
  async archiveProject(@Arg('id', () => ID) id: string, @Ctx() { em, access, reader }: Context) {
    await assertMayChange(access, em, 'Project', id, 'id');
    await service.archiveProject(em, id);
    return reads.getProject(reader, access, id);
  }

  @Mutation(() => Project, { description: 'Brings an archived project back into the lists.' })
  async restoreProject(@Arg('id', () => ID) id: string, @Ctx() { em, access, reader }: Context) {
    await assertMayChange(access, em, 'Project', id, 'id');
    await service.restoreProject(em, id);
    return reads.getProject(reader, access, id);
  }
}
