import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref, Index } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tracked } from '../common/timestamps.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { Project } from '../project/project.entity.js';

export enum ResultLevel {
  IMPACT = 'IMPACT',
  OUTCOME = 'OUTCOME',
  OUTPUT = 'OUTPUT',
  ACTIVITY = 'ACTIVITY',
}

export const LEVELS = [ResultLevel.IMPACT, ResultLevel.OUTCOME, ResultLevel.OUTPUT, ResultLevel.ACTIVITY];

registerEnumType(ResultLevel, {
  name: 'ResultLevel',
  description: 'Level in the results chain, from the top: impact → outcome → output → activity. A child is always one level below its parent.',
  valuesConfig: {
    IMPACT: { description: 'The long-term change the project contributes to; the top of the logframe.' },
    OUTCOME: { description: 'A change in behaviour or institutions the outputs lead to.' },
    OUTPUT: { description: 'What the project delivers: trained people, drafted laws, equipment.' },
    ACTIVITY: { description: 'Work done to deliver an output; carries no indicators.' },
  },
});

export interface Risk {
  description: string;
  likelihood: 'LOW' | 'MEDIUM' | 'HIGH';
  impact: 'LOW' | 'MEDIUM' | 'HIGH';
  mitigation: string;
}

/** One node of a project's results chain. Its code (1, 1.1, 1.1.2) follows from its place in the tree. */
@ObjectType({ simpleResolvers: true, description: 'A node of a project logframe: an impact, outcome, output or activity. Its code (1, 1.1, 1.1.2) is computed from its place in the tree and changes when nodes move.' })
@Entity({ tableName: 'result_node' })
@Index({ properties: ['project', 'parent', 'position'] })
@Index({ name: 'result_node_parent_id_index', properties: ['parent'] })
@Index({ name: 'result_node_responsible_organisation_id_index', properties: ['responsibleOrganisation'] })
export class ResultNode extends Tracked {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: 'Project', ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @ManyToOne(() => ResultNode, { ref: true, nullable: true, deleteRule: 'cascade' })
  parent?: Ref<ResultNode> | null;

  @Field(() => ResultLevel, { description: 'Level in the results chain.' })
  @Enum({ items: () => ResultLevel, nativeEnumName: 'result_level' })
  level!: ResultLevel;

  @Field(() => Int, { description: 'Position among its siblings, from 0.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'The result statement, e.g. "Prosecutors apply the trafficking law in line with the Protocol".' })
  @Property({ type: 'text' })
  statement!: string;

  @Field(() => String, { description: 'Longer description.' })
  @Property({ type: 'text', default: '' })
  description: string & Opt = '';

  @Field(() => String, { description: 'Assumptions that must hold for this result to lead to the next level.' })
  @Property({ type: 'text', default: '' })
  assumptions: string & Opt = '';

  @Property({ type: 'json', default: '[]' })
  risks: Risk[] & Opt = [];

  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  responsibleOrganisation?: Ref<Organisation> | null;
}
