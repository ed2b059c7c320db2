import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { Project } from '../project/project.entity.js';
import { RoleAssignment, User } from './user.entity.js';
import { RoleInput, UserFilter, UserInput, UserOrderField, UserPatch } from './access.inputs.js';
import { userPage } from './user.reads.js';
import { connectionType, PAGE_ARGS, SortDirection } from '../common/pagination.js';
import * as service from './user.service.js';

@ObjectType({ description: 'A new user, with its one-time password when none was given. The password is shown this once.' })
class CreatedUser {
  @Field(() => User, { description: 'The user.' })
  user!: User;

  @Field(() => String, { nullable: true, description: 'One-time password to hand to the user, who is asked to change it.' })
  oneTimePassword!: string | null;
}

const UserConnection = connectionType('UserConnection', () => User, 'users');

@Resolver(() => User)
export class UserResolver {
  @Query(() => [User], { description: 'All users, by name. Administrators only.', deprecationReason: 'Use userList, which pages with cursors.' })
  users(@Ctx() { em, access }: Context) {
    access.assertAdmin();
    return service.listUsers(em);
  }

  @Query(() => UserConnection, { description: 'Users, a page at a time, filtered by role, words or state and sorted as asked (by name unless told otherwise). Administrators only.' })
  userList(
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Which users to list.' }) filter: UserFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: PAGE_ARGS.first }) first: number,
    @Arg('after', () => String, { nullable: true, description: PAGE_ARGS.after }) after: string | undefined,
    @Arg('orderBy', () => UserOrderField, { defaultValue: UserOrderField.NAME, description: 'What to sort by.' }) orderBy: UserOrderField,
    @Arg('direction', () => SortDirection, { nullable: true, description: PAGE_ARGS.direction }) direction: SortDirection | undefined,
    @Ctx() { em, access }: Context,
  ) {
    access.assertAdmin();
    return userPage(em, filter, { first, after, orderBy, direction });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Email address; visible to administrators and to the user, null for everyone else.' })
  email(@Root() user: User, @Ctx() { access }: Context) {
    return access.isAdmin || access.user?.id === user.id ? user.email : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation the user works for.' })
  organisation(@Root() user: User, @Ctx() { loaders }: Context) {
    return user.organisation ? loaders.organisation.load(user.organisation.id) : null;
  }

  @FieldResolver(() => [RoleAssignment], { description: 'Roles and their scopes; visible to administrators and to the user, empty for everyone else.' })
  async roles(@Root() user: User, @Ctx() { access }: Context) {
    if (!access.isAdmin && access.user?.id !== user.id) return [];
    return (await user.roles.load()).getItems();
  }

  @Mutation(() => CreatedUser, { description: 'Creates a user. Administrators only.' })
  createUser(@Arg('input', () => UserInput) input: UserInput, @Ctx() { em, access }: Context) {
    access.assertAdmin();
    return service.createUser(em, input);
  }

  @Mutation(() => User, { description: 'Changes a user, or deactivates it with `active: false`: that ends its sessions, and its API tokens are refused while it is inactive. Administrators only.' })
  updateUser(@Arg('id', () => ID) id: string, @Arg('input', () => UserPatch) input: UserPatch, @Ctx() { em, access }: Context) {
    access.assertAdmin();
    return service.updateUser(em, access.requireCaller(), id, input);
  }

  @Mutation(() => String, { description: 'Gives a user a new one-time password, returned once, ends all its sessions (it is signed out everywhere) and revokes all its API tokens. Administrators only.' })
  resetPassword(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    access.assertAdmin();
    return service.resetPassword(em, id);
  }

  @Mutation(() => RoleAssignment, { description: 'Gives a user a role with its scope. Administrators only.' })
  assignRole(@Arg('input', () => RoleInput) input: RoleInput, @Ctx() { em, access }: Context) {
    access.assertAdmin();
    return service.assignRole(em, input);
  }

  @Mutation(() => ID, { description: 'Takes a role away from a user. Administrators only.' })
  removeRole(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    access.assertAdmin();
    return service.removeRole(em, access.requireCaller(), id);
  }
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => Programme, { nullable: true, description: 'The programme a programme manager manages.' })
  programme(@Root() r: RoleAssignment, @Ctx() { loaders }: Context) {
    return r.programme ? loaders.programme.load(r.programme.id) : null;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project a manager manages or a partner reports on.' })
  project(@Root() r: RoleAssignment, @Ctx() { loaders }: Context) {
    return r.project ? loaders.project.load(r.project.id) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation a partner reports for, or the donor organisation.' })
  organisation(@Root() r: RoleAssignment, @Ctx() { loaders }: Context) {
    return r.organisation ? loaders.organisation.load(r.organisation.id) : null;
  }
}
