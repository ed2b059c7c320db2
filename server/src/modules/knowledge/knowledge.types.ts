import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Country, FocusArea } from '../reference/reference.entity.js';
import { OrganisationName, ProjectName } from '../finance/finance.types.js';
import { KnowledgeKind } from './knowledge.entity.js';
import { PageInfo } from '../common/pagination.js';

/*
 * The GraphQL shapes of the knowledge network, as plain rows read in SQL (knowledge.reads.ts). Highlighted
 * text travels as fragments of plain text, never as HTML, so that a client shows it without injecting markup.
 */

@ObjectType({ simpleResolvers: true, description: 'A piece of text, marked when it holds words that were searched for.' })
export class TextFragment {
  @Field(() => String, { description: 'Plain text, to be shown as text (it is not HTML).' })
  text!: string;

  @Field(() => Boolean, { description: 'Whether this piece matches the words searched for and should be highlighted.' })
  highlighted!: boolean;
}

@ObjectType({ description: 'A best practice or lesson learned of the knowledge network, with the projects, focus areas and countries it concerns.' })
export class KnowledgeItem {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => KnowledgeKind, { description: 'Best practice or lesson learned.' })
  kind!: KnowledgeKind;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'A short summary, as plain text.' })
  summary!: string;

  @Field(() => String, { description: 'The full text, in Markdown. Render it with a Markdown renderer and sanitise the HTML it produces.' })
  body!: string;

  @Field(() => GraphQLLocalDate, { description: 'When it was published.' })
  publishedOn!: string;

  @Field(() => [FocusArea], { description: 'Focus areas it concerns, by name.' })
  focusAreas!: FocusArea[];

  @Field(() => [Country], { description: 'Countries it concerns, by name.' })
  countries!: Country[];

  @Field(() => OrganisationName, { nullable: true, description: 'The organisation that wrote it, where known.' })
  authorOrganisation!: OrganisationName | null;

  @Field(() => [ProjectName], { description: 'Projects it comes from or concerns, by title: only those you may see.' })
  projects!: ProjectName[];

  @Field(() => Float, { nullable: true, description: 'How well it matches the words searched for (higher is better); null when no words were searched.' })
  rank!: number | null;

  @Field(() => [TextFragment], { description: 'The title, with the words searched for marked.' })
  highlightedTitle!: TextFragment[];

  @Field(() => [TextFragment], { description: 'An excerpt of the summary and body around the words searched for, with those words marked; empty when no words were searched.' })
  snippet!: TextFragment[];

  @Field(() => GraphQLDateTime, { description: 'When the record was created.' })
  createdAt!: string;

  @Field(() => GraphQLDateTime, { description: 'When the record was last changed.' })
  updatedAt!: string;

  @Field(() => Int, { description: 'Increases with every change; send it back with an update to detect concurrent edits.' })
  version!: number;
}

@ObjectType({ description: 'One page of knowledge items.' })
export class KnowledgeItemPage {
  @Field(() => [KnowledgeItem], { description: 'The items on this page, in the order asked for (by default best match first when words were searched, then newest first).' })
  items!: KnowledgeItem[];

  @Field(() => Int, { description: 'How many items match the filter in all.' })
  totalCount!: number;

  @Field(() => PageInfo, { description: 'Whether another page follows, and the cursor to get it (pass `pageInfo.endCursor` as `after`).' })
  pageInfo!: PageInfo;

  @Field(() => Boolean, { description: 'Whether another page follows.', deprecationReason: 'Use pageInfo.hasNextPage.' })
  hasNextPage!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A source a trend note draws on.' })
export class TrendSource {
  @Field(() => String, { description: 'Title of the source.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Where it can be read (http or https), where it is online.' })
  url!: string | null;
}

@ObjectType({ description: 'A short analysis of a trend in a focus area and/or a country.' })
export class TrendNote {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'The analysis: a few paragraphs of plain text or Markdown.' })
  body!: string;

  @Field(() => GraphQLLocalDate, { description: 'The date the note speaks for.' })
  notedOn!: string;

  @Field(() => [FocusArea], { description: 'Focus areas it concerns, by name.' })
  focusAreas!: FocusArea[];

  @Field(() => [Country], { description: 'Countries it concerns, by name.' })
  countries!: Country[];

  @Field(() => [TrendSource], { description: 'Sources it draws on, in the order given.' })
  sources!: TrendSource[];

  @Field(() => OrganisationName, { nullable: true, description: 'The organisation that wrote it, where known.' })
  authorOrganisation!: OrganisationName | null;

  @Field(() => GraphQLDateTime, { description: 'When the record was created.' })
  createdAt!: string;

  @Field(() => GraphQLDateTime, { description: 'When the record was last changed.' })
  updatedAt!: string;

  @Field(() => Int, { description: 'Increases with every change; send it back with an update to detect concurrent edits.' })
  version!: number;
}

@ObjectType({ description: 'One page of trend notes.' })
export class TrendNotePage {
  @Field(() => [TrendNote], { description: 'The notes on this page, newest first.' })
  items!: TrendNote[];

  @Field(() => Int, { description: 'How many notes match the filter in all.' })
  totalCount!: number;

  @Field(() => PageInfo, { description: 'Whether another page follows, and the cursor to get it (pass `pageInfo.endCursor` as `after`).' })
  pageInfo!: PageInfo;

  @Field(() => Boolean, { description: 'Whether another page follows.', deprecationReason: 'Use pageInfo.hasNextPage.' })
  hasNextPage!: boolean;
}
