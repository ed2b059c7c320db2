import { Field, ID, InputType } from 'type-graphql';
import { IsIn } from 'class-validator';
import { LIMIT, TextField } from '../common/limits.js';

@InputType({ description: 'An organisation joining a programme or a project in an IATI role. Give exactly one of programmeId and projectId.' })
export class ParticipationInput {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @TextField(LIMIT.code, { description: 'IATI OrganisationRole code: 1 funding, 2 accountable, 3 extending, 4 implementing.' })
  @IsIn(['1', '2', '3', '4'], { message: 'role must be an IATI organisation role, 1 to 4' })
  role!: string;

  @Field(() => ID, { nullable: true, description: 'The programme, when joining a programme.' })
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The project, when joining a project.' })
  projectId?: string | null;
}
