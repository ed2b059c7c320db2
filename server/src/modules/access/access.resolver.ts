import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ApiToken } from './session.entity.js';
import { User } from './user.entity.js';
import { ApiTokenInput } from './access.inputs.js';
import * as sessions from './session.service.js';
import * as tokens from './token.service.js';
import { changePassword } from './user.service.js';
import { Access } from './access.js';
import { loadGrants } from './grants.js';
import { LIMIT, text } from '../common/limits.js';

@ObjectType({ description: 'A new API token, with its secret. The secret is shown this once and cannot be read again.' })
class CreatedApiToken {
  @Field(() => ApiToken, { description: 'The token.' })
  token!: ApiToken;

  @Field(() => String, { description: 'Send it as `Authorization: Bearer <secret>`.' })
  secret!: string;
}

@Resolver()
export class AccessResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when nobody is signed in.' })
  me(@Ctx() { em, access }: Context) {
    // The caller is identified by id only; the record is read here, the one place that shows it whole.
    return access.user ? em.findOne(User, access.user.id) : null;
  }

  @Mutation(() => User, { description: 'Signs in with email and password and sets the session cookie. RATE_LIMITED after repeated failures.' })
  async signIn(@Arg('email', () => String, { description: text(254) }) email: string, @Arg('password', () => String, { description: text(LIMIT.password) }) password: string, @Ctx() ctx: Context) {
    const { user, secret } = await sessions.signIn(ctx.em, email, password, ctx.http.address, ctx.settings.sessionHours);
    ctx.http.setSessionCookie(secret);
    // The answer is read as the user who just signed in, so that it may show its own email and roles.
    ctx.access = new Access({ user: { id: user.id }, grants: await loadGrants(ctx.em, user.id), token: null }, ctx.em);
    return user;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session and clears its cookie.' })
  async signOut(@Ctx() ctx: Context) {
    if (ctx.http.sessionSecret) await sessions.signOut(ctx.em, ctx.http.sessionSecret);
    ctx.http.clearSessionCookie();
    return true;
  }

  @Mutation(() => User, {
    description:
      'Changes your own password; needs the current one. Ends your other sessions: every other browser signed in as you is signed out, this one stays. Your API tokens keep working; revoke one with `revokeApiToken`. An administrator\'s `resetPassword` ends every session and revokes the tokens too.',
  })
  changePassword(
    @Arg('currentPassword', () => String, { description: text(LIMIT.password) }) current: string,
    @Arg('newPassword', () => String, { description: text(LIMIT.password) }) next: string,
    @Ctx() { em, access, http }: Context,
  ) {
    return changePassword(em, access.requireCaller(), current, next, http.sessionSecret);
  }

  @Query(() => [ApiToken], { description: 'Your API tokens, newest first, including revoked and expired ones.' })
  myApiTokens(@Ctx() { em, access }: Context) {
    return tokens.listApiTokens(em, access.requireCaller());
  }

  @Mutation(() => CreatedApiToken, { description: 'Creates an API token for yourself. It never has more rights than you have.' })
  createApiToken(@Arg('input', () => ApiTokenInput) input: ApiTokenInput, @Ctx() { em, access }: Context) {
    return tokens.createApiToken(em, access.requireCaller(), input);
  }

  @Mutation(() => ApiToken, { description: 'Revokes one of your API tokens at once.' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    return tokens.revokeApiToken(em, access.requireCaller(), id);
  }
}
