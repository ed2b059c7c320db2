import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selected } from '../../graphql/selection.js';
import type { Context } from '../../graphql/context.js';
import { Country, FocusArea, LegalInstrument, SdgTarget } from '../reference/reference.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { SectorShare } from '../activity/sector-share.entity.js';
import { Participation } from '../participation/participation.entity.js';
import { Project } from '../project/project.entity.js';
import { Programme } from './programme.entity.js';
import { ProgrammeFilter, ProgrammeInput, ProgrammeOrderField, ProgrammePatch } from './programme.inputs.js';
import { connectionType, PAGE_ARGS, SortDirection } from '../common/pagination.js';
import * as service from './programme.service.js';
import * as reads from './programme.reads.js';
import type { ProgrammeRow } from './programme.reads.js';
import { assertMayChange } from '../access/scope.js';

const ProgrammeConnection = connectionType('ProgrammeConnection', () => Programme, 'programmes');

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => [Programme], { description: 'Joint programmes, by title. Archived ones only when asked for.', deprecationReason: 'Use programmeList, which pages with cursors.' })
  programmes(@Arg('filter', () => ProgrammeFilter, { nullable: true }) filter: ProgrammeFilter | undefined, @Ctx() { reader, access }: Context, @Info() info: GraphQLResolveInfo) {
    return reads.listProgrammes(reader, access, filter, selected(info));
  }

  @Query(() => ProgrammeConnection, {
    description: 'Joint programmes you may read, a page at a time, filtered by status, focus area, country, words or change date and sorted as asked (by title unless told otherwise). Archived ones only when asked for.',
  })
  programmeList(
    @Arg('filter', () => ProgrammeFilter, { nullable: true, description: 'Which programmes to list.' }) filter: ProgrammeFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: PAGE_ARGS.first }) first: number,
    @Arg('after', () => String, { nullable: true, description: PAGE_ARGS.after }) after: string | undefined,
    @Arg('orderBy', () => ProgrammeOrderField, { defaultValue: ProgrammeOrderField.TITLE, description: 'What to sort by.' }) orderBy: ProgrammeOrderField,
    @Arg('direction', () => SortDirection, { nullable: true, description: PAGE_ARGS.direction }) direction: SortDirection | undefined,
    @Ctx() { reader, access }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return reads.programmePage(reader, access, filter, { first, after, orderBy, direction }, selected(info, ['items']));
  }

  @Query(() => Programme, { description: 'One programme. NOT_FOUND if there is none with this id.' })
  programme(@Arg('id', () => ID) id: string, @Ctx() { reader, access }: Context, @Info() info: GraphQLResolveInfo) {
    return reads.getProgramme(reader, access, id, selected(info));
  }

  @FieldResolver(() => Organisation, { description: 'The lead agency, accountable for the programme.' })
  leadAgency(@Root() p: ProgrammeRow) {
    return p.leadAgency;
  }

  @FieldResolver(() => String, { description: 'Name of the IATI activity status.' })
  statusName(@Root() p: ProgrammeRow, @Ctx() { codes }: Context) {
    return codes.name('ActivityStatus', p.status);
  }

  @FieldResolver(() => [FocusArea], { description: 'Focus areas the programme works in.' })
  focusAreas(@Root() p: ProgrammeRow, @Ctx() { loaders }: Context) {
    return p.focusAreas ?? loaders.programmeLists.focusAreas.load(p.id);
  }

  @FieldResolver(() => [LegalInstrument], { description: 'Legal instruments whose implementation the programme supports.' })
  legalInstruments(@Root() p: ProgrammeRow, @Ctx() { loaders }: Context) {
    return p.legalInstruments ?? loaders.programmeLists.legalInstruments.load(p.id);
  }

  @FieldResolver(() => [SdgTarget], { description: 'SDG targets the programme contributes to.' })
  sdgTargets(@Root() p: ProgrammeRow, @Ctx() { loaders }: Context) {
    return p.sdgTargets ?? loaders.programmeLists.sdgTargets.load(p.id);
  }

  @FieldResolver(() => [Country], { description: 'Countries the programme works in.' })
  countries(@Root() p: ProgrammeRow, @Ctx() { loaders }: Context) {
    return p.countries ?? loaders.programmeLists.countries.load(p.id);
  }

  @FieldResolver(() => [SectorShare], { description: 'DAC sectors with their percentages.' })
  sectors(@Root() p: ProgrammeRow, @Ctx() { loaders }: Context) {
    return p.sectors ?? loaders.programmeSectors.load(p.id);
  }

  @FieldResolver(() => [Participation], { description: 'Organisations taking part in the programme, with their IATI roles.' })
  participations(@Root() p: ProgrammeRow, @Ctx() { loaders }: Context) {
    return p.participations ?? loaders.programmeParticipations.load(p.id);
  }

  @FieldResolver(() => [Project], { description: 'Projects of the programme that you may see, by title; archived ones only when asked for.' })
  projects(@Root() p: ProgrammeRow, @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean, @Ctx() { loaders }: Context) {
    return loaders.projectsOfProgramme(includeArchived).load(p.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change the programme: its details, participants and projects.' })
  canEdit(@Root() p: ProgrammeRow, @Ctx() { access }: Context) {
    return access.caller?.token?.scope !== 'READ' && access.managesProgramme(p.id);
  }

  @FieldResolver(() => Int, { description: 'Number of projects that are not archived and that you may see.' })
  projectCount(@Root() p: ProgrammeRow, @Ctx() { loaders }: Context) {
    return p.projectCount ?? loaders.projectCount.load(p.id);
  }

  @Mutation(() => Programme, { description: 'Creates a joint programme; its lead agency becomes an accountable participant. Administrators only.' })
  async createProgramme(@Arg('input', () => ProgrammeInput) input: ProgrammeInput, @Ctx() { em, access, reader }: Context) {
    access.assertAdmin();
    return reads.getProgramme(reader, access, (await service.createProgramme(em, input)).id);
  }

  @Mutation(() => Programme, { description: 'Changes a programme (administrators and its managers). Give `version` to be refused with CONFLICT if someone changed it since you read it.' })
  async updateProgramme(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProgrammePatch) input: ProgrammePatch,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access, reader }: Context,
  ) {
    await assertMayChange(access, em, 'Programme', id, 'id');
    await service.updateProgramme(em, id, input, version);
    return reads.getProgramme(reader, access, id);
  }

  @Mutation(() => Programme, { description: 'Archives a programme: it leaves the lists but keeps its records. Administrators only.' })
  async archiveProgramme(@Arg('id', () => ID) id: string, @Ctx() { em, access, reader }: Context) {
    access.assertAdmin();
    await service.archiveProgramme(em, id);
    return reads.getProgramme(reader, access, id);
  }

  @Mutation(() => Programme, { description: 'Brings an archived programme back into the lists.' })
  async restoreProgramme(@Arg('id', () => ID) id: string, @Ctx() { em, access, reader }: Context) {
    access.assertAdmin();
    await service.restoreProgramme(em, id);
    return reads.getProgramme(reader, access, id);
  }
}
