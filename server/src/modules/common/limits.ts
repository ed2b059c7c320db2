import { Field, type FieldOptions } from 'type-graphql';

type ReturnTypeFunc = Parameters<typeof Field>[0] & ((returns?: void) => unknown);
import { IsDefined, ValidateIf } from 'class-validator';

/**
 * Input limits. Every string and list a client can send has a maximum, written into its GraphQL
 * description in the fixed form produced here; the schema's input check (graphql/input-check.ts) reads
 * that sentence back and enforces it, so the documented limit and the enforced one cannot drift apart.
 */
export const LIMIT = {
  /** Codes, ISO codes, enum-like strings. */
  code: 50,
  /** Names, labels, short identifiers. */
  name: 200,
  /** Titles and one-line statements. */
  title: 500,
  /** A paragraph: a statement, a risk, a means of verification. */
  paragraph: 2000,
  /** Descriptions, notes, definitions. */
  text: 20000,
  /** Web addresses. */
  url: 2000,
  /** Passwords: long enough for any passphrase, short enough to hash cheaply. */
  password: 200,
  /** Search words. */
  search: 200,
  /** Lists of codes (focus areas, countries, sectors …). */
  codes: 100,
  /** Lists of nested records in one input (risks, dimensions, evidence links …). */
  items: 50,
  /** Values saved in one batch. */
  batch: 500,
  /** A paging cursor: the encoded sort key of the last item, e.g. a title of up to 500 characters. */
  cursor: 4000,
} as const;

/** Inclusive range of every date and time a client may send. */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

const join = (description: string | undefined, limit: string) => (description ? `${description.replace(/\.?\s*$/, '.')} ${limit}` : limit);

/** Description of a string of at most `max` characters. */
export const text = (max: number, description?: string) => join(description, `At most ${max} characters.`);

/** Description of a list of at most `max` items, of strings of at most `each` characters when given. */
export const list = (max: number, description?: string, each?: number) =>
  join(description, each ? `At most ${max} items, each at most ${each} characters.` : `At most ${max} items.`);

/** The limits a description documents, as the input check reads them. */
export function documentedLimits(description: string | null | undefined): { items?: number; characters?: number } {
  const items = /At most (\d+) items/.exec(description ?? '');
  const characters = /(?:At|each at) most (\d+) characters/.exec(description ?? '');
  return { items: items ? Number(items[1]) : undefined, characters: characters ? Number(characters[1]) : undefined };
}

/** A String input field of at most `max` characters. */
export function TextField(max: number, options: FieldOptions = {}): PropertyDecorator {
  return Field(() => String, { ...options, description: text(max, options.description) });
}

/** A list input field of at most `max` items; for a list of strings, `each` bounds every string. */
export function ListField(type: ReturnTypeFunc, max: number, options: FieldOptions & { each?: number } = {}): PropertyDecorator {
  const { each, ...rest } = options;
  return Field(type, { ...rest, description: list(max, rest.description, each) });
}

/**
 * A patch field that may be left out (keep the stored value) but not set to null, because the record
 * cannot be without it. Without this, class-validator's IsOptional lets an explicit null through.
 */
export function NotNull(): PropertyDecorator {
  return (target, property) => {
    ValidateIf((_o, value) => value !== undefined)(target, property);
    IsDefined({ message: `${String(property)} cannot be null: leave it out to keep the stored value` })(target, property);
  };
}
