import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Country, FocusArea, LegalInstrument, SdgTarget } from '../reference/reference.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { SectorShare } from '../activity/sector-share.entity.js';
import { Participation } from '../participation/participation.entity.js';
import { Project } from '../project/project.entity.js';
import { Programme } from './programme.entity.js';
import { ProgrammeFilter, ProgrammeInput, ProgrammePatch } from './programme.inputs.js';
import * as service from './programme.service.js';
import { idFilter } from '../access/access.js';
import { assertMayChange } from '../access/scope.js';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => [Programme], { description: 'Joint programmes, by title. Archived ones only when asked for.' })
  async programmes(@Arg('filter', () => ProgrammeFilter, { nullable: true }) filter: ProgrammeFilter | undefined, @Ctx() { em, access }: Context) {
    return service.listProgrammes(em, await access.visibleProgrammeIds(), filter);
  }

  @Query(() => Programme, { description: 'One programme. NOT_FOUND if there is none with this id.' })
  async programme(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    return service.getProgramme(em, id, await access.visibleProgrammeIds());
  }

  @FieldResolver(() => Organisation, { description: 'The lead agency, accountable for the programme.' })
  leadAgency(@Root() p: Programme, @Ctx() { loaders }: Context) {
    return loaders.organisation.load(p.leadAgency.id);
  }

  @FieldResolver(() => String, { description: 'Name of the IATI activity status.' })
  statusName(@Root() p: Programme, @Ctx() { codes }: Context) {
    return codes.name('ActivityStatus', p.status);
  }

  @FieldResolver(() => [FocusArea], { description: 'Focus areas the programme works in.' })
  async focusAreas(@Root() p: Programme) {
    return (await p.focusAreas.load()).getItems();
  }

  @FieldResolver(() => [LegalInstrument], { description: 'Legal instruments whose implementation the programme supports.' })
  async legalInstruments(@Root() p: Programme) {
    return (await p.legalInstruments.load()).getItems();
  }

  @FieldResolver(() => [SdgTarget], { description: 'SDG targets the programme contributes to.' })
  async sdgTargets(@Root() p: Programme) {
    return (await p.sdgTargets.load()).getItems();
  }

  @FieldResolver(() => [Country], { description: 'Countries the programme works in.' })
  async countries(@Root() p: Programme) {
    return (await p.countries.load()).getItems();
  }

  @FieldResolver(() => [SectorShare], { description: 'DAC sectors with their percentages.' })
  async sectors(@Root() p: Programme) {
    return (await p.sectors.load()).getItems();
  }

  @FieldResolver(() => [Participation], { description: 'Organisations taking part in the programme, with their IATI roles.' })
  async participations(@Root() p: Programme) {
    return (await p.participations.load()).getItems();
  }

  @FieldResolver(() => [Project], { description: 'Projects of the programme that you may see, by title; archived ones only when asked for.' })
  async projects(@Root() p: Programme, @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean, @Ctx() { access }: Context) {
    const where = { ...idFilter(await access.visibleProjectIds()), ...(includeArchived ? {} : { archivedAt: null }) };
    return (await p.projects.load({ where, orderBy: { title: 'asc', id: 'asc' } })).getItems();
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change the programme: its details, participants and projects.' })
  canEdit(@Root() p: Programme, @Ctx() { access }: Context) {
    return access.caller?.token?.scope !== 'READ' && access.managesProgramme(p.id);
  }

  @FieldResolver(() => Int, { description: 'Number of projects that are not archived and that you may see.' })
  projectCount(@Root() p: Programme, @Ctx() { loaders }: Context) {
    return loaders.projectCount.load(p.id);
  }

  @Mutation(() => Programme, { description: 'Creates a joint programme; its lead agency becomes an accountable participant. Administrators only.' })
  createProgramme(@Arg('input', () => ProgrammeInput) input: ProgrammeInput, @Ctx() { em, access }: Context) {
    access.assertAdmin();
    return service.createProgramme(em, input);
  }

  @Mutation(() => Programme, { description: 'Changes a programme (administrators and its managers). Give `version` to be refused with CONFLICT if someone changed it since you read it.' })
  async updateProgramme(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProgrammePatch) input: ProgrammePatch,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access }: Context,
  ) {
    await assertMayChange(access, em, 'Programme', id, 'id');
    return service.updateProgramme(em, id, input, version);
  }

  @Mutation(() => Programme, { description: 'Archives a programme: it leaves the lists but keeps its records. Administrators only.' })
  archiveProgramme(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    access.assertAdmin();
    return service.archiveProgramme(em, id);
  }

  @Mutation(() => Programme, { description: 'Brings an archived programme back into the lists.' })
  restoreProgramme(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    access.assertAdmin();
    return service.restoreProgramme(em, id);
  }
}
