import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';

/** One recorded change: who made it, when, and each changed field before → after. */
@ObjectType({ description: 'One change to a record: who made it, when, and every changed field with its value before and after.' })
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['entityType', 'entityId', 'at'] })
export class AuditEvent {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Field(() => GraphQLDateTime, { description: 'When the change was saved.' })
  @Property({ type: 'datetime' })
  at: Date & Opt = new Date();

  /** No foreign key: the trail outlives the users and tokens it names. */
  @Property({ type: 'uuid', nullable: true })
  actorUserId?: string | null;

  /** Exposed through a field resolver: only administrators and the actor see it. */
  @Property({ type: 'uuid', nullable: true })
  actorTokenId?: string | null;

  @Field(() => String, { description: '`create`, `update` or `delete`.' })
  @Property({ type: 'string' })
  action!: string;

  @Field(() => String, { description: 'Kind of record, e.g. `Project`.' })
  @Property({ type: 'string' })
  entityType!: string;

  @Field(() => ID, { description: 'Identifier of the record.' })
  @Property({ type: 'string' })
  entityId!: string;

  @Field(() => ID, { nullable: true, description: 'The project the record belongs to, when it belongs to one.' })
  @Property({ type: 'uuid', nullable: true, index: true })
  projectId?: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Changed fields: `{ "title": { "before": "…", "after": "…" } }`. A value you may not read, and every secret, is `"(hidden)"`.' })
  @Property({ type: 'json' })
  changes!: Record<string, { before: unknown; after: unknown }>;
}
