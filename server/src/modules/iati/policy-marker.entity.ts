import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import type { Project } from '../project/project.entity.js';

/** A project's IATI policy marker (OECD DAC vocabulary): how significantly it targets a policy objective. */
@ObjectType({ simpleResolvers: true, description: 'An IATI policy marker of a project (OECD DAC vocabulary), e.g. `1` gender equality, `2` aid to environment, `7` participatory development, `3` democratic governance, with its significance.' })
@Entity({ tableName: 'policy_marker' })
@Unique({ properties: ['project', 'code'] })
export class PolicyMarker {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: 'Project', ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => String, { description: 'IATI PolicyMarker code, 1–12.' })
  @Property({ type: 'string', length: 2 })
  code!: string;

  @Field(() => String, { description: 'IATI PolicySignificance code: 0 not targeted, 1 significant objective, 2 principal objective, 3 principal objective and in support of an action programme, 4 explicit primary objective.' })
  @Property({ type: 'string', length: 1 })
  significance!: string;
}
