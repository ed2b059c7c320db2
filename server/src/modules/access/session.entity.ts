import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref, Index } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { User } from './user.entity.js';

/** A signed-in browser. The cookie holds a random secret; only its SHA-256 is stored. */
@Entity({ tableName: 'session' })
@Index({ name: 'session_user_id_index', properties: ['user'] })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'string', unique: true })
  secretHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** The end of this session's last change, when reads may go to a replica: its reads then go to the primary for a while. */
  @Property({ type: 'datetime', nullable: true })
  lastWriteAt?: Date | null;
}

export enum TokenScope {
  READ = 'READ',
  READ_WRITE = 'READ_WRITE',
}

registerEnumType(TokenScope, {
  name: 'TokenScope',
  description: 'What an API token may do, never more than its owner may.',
  valuesConfig: { READ: { description: 'Queries only.' }, READ_WRITE: { description: 'Queries and mutations.' } },
});

@ObjectType({ description: 'An API token an integration uses as `Authorization: Bearer …`. The secret is shown once, when it is created.' })
@Entity({ tableName: 'api_token' })
@Index({ name: 'api_token_user_id_index', properties: ['user'] })
export class ApiToken {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => String, { description: 'What the token is for, e.g. "ERP export".' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'The first characters of the secret, to recognise it.' })
  @Property({ type: 'string' })
  prefix!: string;

  @Property({ type: 'string', unique: true, hidden: true })
  secretHash!: string;

  @Field(() => TokenScope, { description: 'What the token may do.' })
  @Enum({ items: () => TokenScope, nativeEnumName: 'token_scope' })
  scope!: TokenScope;

  @Field(() => GraphQLDateTime, { description: 'When the token was created.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => GraphQLDateTime, { description: 'After this moment the token no longer works.' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the token was revoked, if it was.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the token was last used.' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  /** As Session.lastWriteAt: the end of the token's last change, when reads may go to a replica. */
  @Property({ type: 'datetime', nullable: true, hidden: true })
  lastWriteAt?: Date | null;
}
