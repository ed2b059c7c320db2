import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { IsEmail, IsNotEmpty, IsOptional } from 'class-validator';
import { LIMIT, NotNull, TextField } from '../common/limits.js';
import { Role } from './user.entity.js';
import { TokenScope } from './session.entity.js';

@InputType({ description: 'A new user. Without a password, a one-time password is generated and returned once.' })
export class UserInput {
  @TextField(254, { description: 'Email address, used to sign in; unique.' })
  @IsEmail({}, { message: 'an email address is required' })
  email!: string;

  @TextField(LIMIT.name, { description: 'Full name.' })
  @IsNotEmpty({ message: 'a name is required' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation the user works for.' })
  organisationId?: string | null;

  @TextField(LIMIT.password, { nullable: true, description: 'Initial password, at least 10 characters.' })
  @IsOptional()
  password?: string | null;
}

@InputType({ description: 'Changes to a user: only the fields given are changed.' })
export class UserPatch {
  @TextField(LIMIT.name, { nullable: true })
  @NotNull()
  @IsNotEmpty({ message: 'a name is required' })
  name?: string;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False deactivates the user: it is signed out everywhere and its tokens stop working.' })
  @NotNull()
  active?: boolean;
}

@InputType({ description: 'A role to give a user. Programme managers need a programme or a project; partner reporters a project and an organisation (default: the user’s); donors an organisation (default: the user’s).' })
export class RoleInput {
  @Field(() => ID, { description: 'The user.' })
  userId!: string;

  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Programme scope, for a programme manager.' })
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Project scope, for a programme manager or a partner reporter.' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Organisation, for a partner reporter or a donor.' })
  organisationId?: string | null;
}

@InputType({ description: 'A new API token for yourself.' })
export class ApiTokenInput {
  @TextField(100, { description: 'What the token is for.' })
  @IsNotEmpty({ message: 'a name is required' })
  name!: string;

  @Field(() => TokenScope, { description: 'What the token may do.' })
  scope!: TokenScope;

  @Field(() => GraphQLDateTime, { description: 'When it stops working: in the future, at most a year away.' })
  expiresAt!: Date;
}

@InputType({ description: 'Which users to list. Every condition given must hold.' })
export class UserFilter {
  @Field(() => Role, { nullable: true, description: 'Only users who hold this role, in any scope.' })
  role?: Role;

  @TextField(LIMIT.search, { nullable: true, description: 'Words to find in the name or e-mail address.' })
  search?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only active users (true) or only deactivated ones (false); both when omitted.' })
  active?: boolean;
}

export enum UserOrderField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  CREATED_AT = 'CREATED_AT',
}

registerEnumType(UserOrderField, {
  name: 'UserOrderField',
  description: 'What the user list is sorted by; the id breaks ties.',
  valuesConfig: {
    NAME: { description: 'By full name; naturally A to Z.' },
    EMAIL: { description: 'By e-mail address; naturally A to Z.' },
    CREATED_AT: { description: 'By when the user was created; naturally newest first.' },
  },
});
