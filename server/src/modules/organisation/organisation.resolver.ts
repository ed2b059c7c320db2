import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Country } from '../reference/reference.entity.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationFilter, OrganisationInput, OrganisationOrderField, OrganisationPatch } from './organisation.inputs.js';
import { connectionType, PAGE_ARGS, SortDirection } from '../common/pagination.js';
import * as service from './organisation.service.js';
import * as reads from './organisation.reads.js';
import type { OrganisationRow } from './organisation.reads.js';

const OrganisationConnection = connectionType('OrganisationConnection', () => Organisation, 'organisations');

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: 'Organisations, by name. Archived ones only when asked for.', deprecationReason: 'Use organisationList, which pages with cursors.' })
  organisations(@Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | undefined, @Ctx() { reader }: Context) {
    return reads.listOrganisations(reader, filter);
  }

  @Query(() => OrganisationConnection, { description: 'Organisations, a page at a time, filtered by kind, words or change date and sorted as asked (by name unless told otherwise). Archived ones only when asked for. Every signed-in caller reads every organisation.' })
  organisationList(
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Which organisations to list.' }) filter: OrganisationFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: PAGE_ARGS.first }) first: number,
    @Arg('after', () => String, { nullable: true, description: PAGE_ARGS.after }) after: string | undefined,
    @Arg('orderBy', () => OrganisationOrderField, { defaultValue: OrganisationOrderField.NAME, description: 'What to sort by.' }) orderBy: OrganisationOrderField,
    @Arg('direction', () => SortDirection, { nullable: true, description: PAGE_ARGS.direction }) direction: SortDirection | undefined,
    @Ctx() { reader }: Context,
  ) {
    return reads.organisationPage(reader, filter, { first, after, orderBy, direction });
  }

  @Query(() => Organisation, { description: 'One organisation. NOT_FOUND if there is none with this id.' })
  organisation(@Arg('id', () => ID) id: string, @Ctx() { reader }: Context) {
    return reads.getOrganisation(reader, id);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Country of the organisation; empty for international bodies.' })
  country(@Root() org: OrganisationRow, @Ctx() { loaders }: Context) {
    return org.countryCode ? loaders.country.load(org.countryCode) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of its IATI organisation type.' })
  iatiTypeName(@Root() org: OrganisationRow, @Ctx() { codes }: Context) {
    return org.iatiType ? codes.name('OrganisationType', org.iatiType) : null;
  }

  @Mutation(() => Organisation, { description: 'Adds an organisation (administrators and programme managers).' })
  async createOrganisation(@Arg('input', () => OrganisationInput) input: OrganisationInput, @Ctx() { em, access, reader }: Context) {
    access.assertMayAddOrganisation();
    return reads.getOrganisation(reader, (await service.createOrganisation(em, input)).id);
  }

  @Mutation(() => Organisation, { description: 'Changes an organisation (administrators only). Give `version` to be refused with CONFLICT if someone changed it since you read it.' })
  async updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OrganisationPatch) input: OrganisationPatch,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access, reader }: Context,
  ) {
    access.assertAdmin();
    await service.updateOrganisation(em, id, input, version);
    return reads.getOrganisation(reader, id);
  }

  @Mutation(() => Organisation, { description: 'Archives an organisation: it stays on the records it is part of but leaves the lists. Administrators only.' })
  async archiveOrganisation(@Arg('id', () => ID) id: string, @Ctx() { em, access, reader }: Context) {
    access.assertAdmin();
    await service.archiveOrganisation(em, id);
    return reads.getOrganisation(reader, id);
  }

  @Mutation(() => Organisation, { description: 'Brings an archived organisation back into the lists.' })
  async restoreOrganisation(@Arg('id', () => ID) id: string, @Ctx() { em, access, reader }: Context) {
    access.assertAdmin();
    await service.restoreOrganisation(em, id);
    return reads.getOrganisation(reader, id);
  }
}
