import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Participation } from './participation.entity.js';
import { ParticipationInput } from './participation.inputs.js';
import * as service from './participation.service.js';
import { getParticipation, type ParticipationRow } from './participation.reads.js';
import { assertMayChange } from '../access/scope.js';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Organisation, { description: 'The participating organisation.' })
  organisation(@Root() p: ParticipationRow) {
    return p.organisation;
  }

  @FieldResolver(() => String, { description: 'Name of the IATI organisation role.' })
  roleName(@Root() p: ParticipationRow, @Ctx() { codes }: Context) {
    return codes.name('OrganisationRole', p.role);
  }

  @Mutation(() => Participation, { description: 'Adds an organisation to a programme or project in an IATI role. CONFLICT if it already holds that role there.' })
  async addParticipation(@Arg('input', () => ParticipationInput) input: ParticipationInput, @Ctx() { em, access, reader }: Context) {
    if (input.projectId) await assertMayChange(access, em, 'Project', input.projectId, 'projectId');
    else if (input.programmeId) await assertMayChange(access, em, 'Programme', input.programmeId, 'programmeId');
    return getParticipation(reader, (await service.addParticipation(em, input)).id);
  }

  @Mutation(() => ID, { description: 'Removes a participation and returns its id.' })
  async removeParticipation(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    await assertMayChange(access, em, 'Participation', id, 'id');
    return service.removeParticipation(em, id);
  }
}
