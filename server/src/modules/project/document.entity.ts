import { Entity, ManyToOne, PrimaryKey, Property, type Ref, type Opt, Index } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Tracked } from '../common/timestamps.js';
import { Project } from './project.entity.js';

@ObjectType({ simpleResolvers: true, description: 'A document linked to a project, e.g. the project document or an evaluation report.' })
@Entity({ tableName: 'document' })
@Index({ name: 'document_project_id_index', properties: ['project'] })
export class Document extends Tracked {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Where the document can be read (http or https).' })
  @Property({ type: 'text' })
  url!: string;

  @Field(() => String, { description: 'IATI DocumentCategory code, e.g. `A02` objectives, `A07` review and evaluation.' })
  @Property({ type: 'string' })
  category!: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 language code.' })
  @Property({ type: 'string', length: 2, nullable: true })
  language?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of the document.' })
  @Property({ type: 'date', nullable: true })
  documentDate?: string | null;
}
