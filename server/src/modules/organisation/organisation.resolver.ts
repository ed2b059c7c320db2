import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Country } from '../reference/reference.entity.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationFilter, OrganisationInput, OrganisationPatch } from './organisation.inputs.js';
import * as service from './organisation.service.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: 'Organisations, by name. Archived ones only when asked for.' })
  organisations(@Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | undefined, @Ctx() { em }: Context) {
    return service.listOrganisations(em, filter);
  }

  @Query(() => Organisation, { description: 'One organisation. NOT_FOUND if there is none with this id.' })
  organisation(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return service.getOrganisation(em, id);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Country of the organisation; empty for international bodies.' })
  country(@Root() org: Organisation) {
    return org.country ? org.country.load() : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of its IATI organisation type.' })
  iatiTypeName(@Root() org: Organisation, @Ctx() { codes }: Context) {
    return org.iatiType ? codes.name('OrganisationType', org.iatiType) : null;
  }

  @Mutation(() => Organisation, { description: 'Adds an organisation (administrators and programme managers).' })
  createOrganisation(@Arg('input', () => OrganisationInput) input: OrganisationInput, @Ctx() { em, access }: Context) {
    access.assertMayAddOrganisation();
    return service.createOrganisation(em, input);
  }

  @Mutation(() => Organisation, { description: 'Changes an organisation (administrators only). Give `version` to be refused with CONFLICT if someone changed it since you read it.' })
  updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OrganisationPatch) input: OrganisationPatch,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access }: Context,
  ) {
    access.assertAdmin();
    return service.updateOrganisation(em, id, input, version);
  }

  @Mutation(() => Organisation, { description: 'Archives an organisation: it stays on the records it is part of but leaves the lists. Administrators only.' })
  archiveOrganisation(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    access.assertAdmin();
    return service.archiveOrganisation(em, id);
  }

  @Mutation(() => Organisation, { description: 'Brings an archived organisation back into the lists.' })
  restoreOrganisation(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    access.assertAdmin();
    return service.restoreOrganisation(em, id);
  }
}
