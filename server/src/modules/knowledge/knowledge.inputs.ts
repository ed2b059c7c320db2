import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsNotEmpty, ValidateNested } from 'class-validator';
import { LIMIT, ListField, TextField } from '../common/limits.js';
import { KnowledgeKind } from './knowledge.entity.js';

/** A trend note is short: a few paragraphs. */
export const TREND_NOTE_BODY = 4000;

@InputType({ description: 'A best practice or lesson learned, whole: an update replaces every field.' })
export class KnowledgeItemInput {
  @Field(() => KnowledgeKind, { description: 'Best practice or lesson learned.' })
  kind!: KnowledgeKind;

  @TextField(LIMIT.title, { description: 'Title.' })
  @IsNotEmpty({ message: 'a title is required' })
  title!: string;

  @TextField(LIMIT.paragraph, { description: 'A short summary, as plain text.' })
  @IsNotEmpty({ message: 'a summary is required' })
  summary!: string;

  @TextField(LIMIT.text, { defaultValue: '', description: 'The full text, in Markdown.' })
  body: string = '';

  @Field(() => GraphQLLocalDate, { description: 'When it was published.' })
  publishedOn!: string;

  @ListField(() => [String], LIMIT.codes, { defaultValue: [], description: 'Focus area codes.', each: LIMIT.code })
  focusAreas!: string[];

  @ListField(() => [String], LIMIT.codes, { defaultValue: [], description: 'ISO 3166-1 alpha-2 country codes.', each: LIMIT.code })
  countries!: string[];

  @ListField(() => [ID], LIMIT.codes, { defaultValue: [], description: 'Projects it comes from or concerns.' })
  projectIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The organisation that wrote it; empty or null for none.' })
  authorOrganisationId?: string | null;
}

@InputType({ description: 'Which knowledge items to list. Every condition given must hold.' })
export class KnowledgeFilter {
  @TextField(LIMIT.search, {
    nullable: true,
    description: 'Words to find in the title, summary and body, in web search syntax: `"exact phrase"`, `or`, `-excluded`. Words match their other forms ("borders" finds "border").',
  })
  search?: string | null;

  @Field(() => KnowledgeKind, { nullable: true, description: 'Only items of this kind.' })
  kind?: KnowledgeKind | null;

  @TextField(LIMIT.code, { nullable: true, description: 'Only items in this focus area (its code).' })
  focusArea?: string | null;

  @TextField(LIMIT.code, { nullable: true, description: 'Only items about this country (ISO code).' })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only items linked to this project.' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only items written by this organisation.' })
  authorOrganisationId?: string | null;
}

@InputType({ description: 'A source a trend note draws on.' })
export class TrendSourceInput {
  @TextField(LIMIT.title, { description: 'Title of the source.' })
  @IsNotEmpty({ message: 'a title is required' })
  title!: string;

  @TextField(LIMIT.url, { nullable: true, description: 'Full http or https address, where the source is online.' })
  url?: string | null;
}

@InputType({ description: 'A trend note, whole: an update replaces every field. It concerns at least one focus area or country.' })
export class TrendNoteInput {
  @TextField(LIMIT.title, { description: 'Title.' })
  @IsNotEmpty({ message: 'a title is required' })
  title!: string;

  @TextField(TREND_NOTE_BODY, { description: 'The analysis: a few paragraphs of plain text or Markdown.' })
  @IsNotEmpty({ message: 'the analysis is required' })
  body!: string;

  @Field(() => GraphQLLocalDate, { description: 'The date the note speaks for.' })
  notedOn!: string;

  @ListField(() => [String], LIMIT.codes, { defaultValue: [], description: 'Focus area codes.', each: LIMIT.code })
  focusAreas!: string[];

  @ListField(() => [String], LIMIT.codes, { defaultValue: [], description: 'ISO 3166-1 alpha-2 country codes.', each: LIMIT.code })
  countries!: string[];

  @ListField(() => [TrendSourceInput], LIMIT.items, { defaultValue: [], description: 'Sources it draws on, in order.' })
  @ValidateNested({ each: true })
  sources!: TrendSourceInput[];

  @Field(() => ID, { nullable: true, description: 'The organisation that wrote it; empty or null for none.' })
  authorOrganisationId?: string | null;
}

@InputType({ description: 'Which trend notes to list, newest first, and which page. Every condition given must hold.' })
export class TrendNoteFilter {
  @TextField(LIMIT.code, { nullable: true, description: 'Only notes in this focus area (its code).' })
  focusArea?: string | null;

  @TextField(LIMIT.code, { nullable: true, description: 'Only notes about this country (ISO code).' })
  country?: string | null;

  @Field(() => Int, { defaultValue: 10, description: 'Page size, 1–100; the `first` argument of `trendNotes`, when given, wins.', deprecationReason: 'Use the first argument of trendNotes.' })
  first: number = 10;

  @Field(() => Int, { defaultValue: 0, description: 'How many notes to skip (after `after`, if given), 0–10000.', deprecationReason: 'Use the after argument of trendNotes, which pages with cursors.' })
  offset: number = 0;
}

export enum KnowledgeOrderField {
  RELEVANCE = 'RELEVANCE',
  PUBLISHED_ON = 'PUBLISHED_ON',
  TITLE = 'TITLE',
}

registerEnumType(KnowledgeOrderField, {
  name: 'KnowledgeOrderField',
  description: 'What the knowledge list is sorted by; the id breaks ties.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match first when words are searched, then by publication date; naturally descending (best and newest first). Without words, as PUBLISHED_ON.' },
    PUBLISHED_ON: { description: 'By publication date; naturally newest first.' },
    TITLE: { description: 'By title; naturally A to Z.' },
  },
});
