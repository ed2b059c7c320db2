import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tracked } from '../common/timestamps.js';

/** What programmes and projects share as IATI activities: an identifier, a title, a description and a status. */
@ObjectType({ simpleResolvers: true })
export abstract class Activity extends Tracked {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Field(() => String, { description: 'IATI activity identifier, unique across programmes and projects: letters, digits, `-`, `.` and `_` only.' })
  @Property({ type: 'string', unique: true })
  iatiIdentifier!: string;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'What it sets out to do.' })
  @Property({ type: 'text', default: '' })
  description: string & Opt = '';

  @Field(() => String, { description: 'IATI ActivityStatus code: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended.' })
  @Property({ type: 'string', length: 1 })
  status!: string;

  @Field(() => Boolean, { description: 'True for the demonstration portfolio seeded into a new installation.' })
  @Property({ type: 'boolean', default: false })
  isDemo: boolean & Opt = false;
}
