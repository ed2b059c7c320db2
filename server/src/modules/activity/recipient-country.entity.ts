import { Entity, ManyToOne, PrimaryKey, Property, DecimalType, Unique, type Ref, type Opt, Index } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Country } from '../reference/reference.entity.js';
import type { Project } from '../project/project.entity.js';

@ObjectType({ simpleResolvers: true, description: 'A country that benefits from a project, with its share. Shares add up to 100 per project.' })
@Entity({ tableName: 'recipient_country' })
// The project list's country filter.
@Index({ name: 'recipient_country_country_code_index', properties: ['country'] })
@Unique({ properties: ['project', 'country'] })
export class RecipientCountry {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: 'Project', ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @ManyToOne(() => Country, { ref: true, fieldName: 'country_code' })
  country!: Ref<Country>;

  @Field(() => Float, { description: 'Percentage, 0.01–100, at most two decimals.' })
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  percentage!: number;
}
