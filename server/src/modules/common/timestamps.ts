import { type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

/** Bookkeeping shared by every editable record: when it was made and changed, and its version for optimistic locking. */
@ObjectType({ simpleResolvers: true })
export abstract class Tracked {
  @Field(() => GraphQLDateTime, { description: 'When the record was created.' })
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Field(() => GraphQLDateTime, { description: 'When the record was last changed.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Field(() => Int, { description: 'Increases with every change; send it back with an update to detect concurrent edits.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the record was archived; archived records are left out of lists unless asked for.' })
  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;
}
