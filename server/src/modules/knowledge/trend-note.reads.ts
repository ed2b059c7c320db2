import type { Reader } from '../../db/reader.js';
import { embedded, objects, trackedJson } from '../../db/rows.js';
import type { Access } from '../access/access.js';
import type { Condition } from '../access/visibility.js';
import { NotFound, Problems } from '../common/errors.js';
import { connectionOf, cursorKeysJson, keyset, pageRequest, SortDirection, type Ordering } from '../common/pagination.js';
import { countryJson, focusAreaJson } from '../reference/reference.reads.js';
import type { TrendNoteFilter } from './knowledge.inputs.js';
import type { TrendNote, TrendNotePage } from './knowledge.types.js';
import { MAX_OFFSET } from './knowledge.reads.js';

const NOTE = `json_build_object('id', n.id, 'title', n.title, 'body', n.body, 'notedOn', n.noted_on, 'sources', n.sources,
  'authorOrganisation', (select json_build_object('id', o.id, 'name', o.name, 'acronym', o.acronym) from organisation o where o.id = n.author_organisation_id),
  'focusAreas', ${embedded(focusAreaJson('f'), 'from trend_note_focus_area xf join focus_area f on f.code = xf.focus_area_code where xf.trend_note_id = n.id', 'f.name')},
  'countries', ${embedded(countryJson('c'), 'from trend_note_country xc join country c on c.code = xc.country_code where xc.trend_note_id = n.id', 'c.name')},
  ${trackedJson('n')})`;

function matching(filter: TrendNoteFilter | undefined): Condition {
  const parts: Condition[] = [{ sql: 'n.archived_at is null', params: [] }];
  if (filter?.focusArea) parts.push({ sql: 'exists (select 1 from trend_note_focus_area x where x.trend_note_id = n.id and x.focus_area_code = ?)', params: [filter.focusArea] });
  if (filter?.country) parts.push({ sql: 'exists (select 1 from trend_note_country x where x.trend_note_id = n.id and x.country_code = ?)', params: [filter.country.toUpperCase()] });
  return { sql: parts.map((c) => c.sql).join(' and '), params: parts.flatMap((c) => c.params) };
}

/** The one order of trend notes: newest first by the date they speak for, then by id. */
const ORDERINGS: Record<string, Ordering> = { NOTED_ON: { keys: [{ sql: (n) => `${n}.noted_on`, kind: 'date' }], natural: SortDirection.DESC } };

/**
 * Trend notes newest first, a page at a time by cursor, with the count of all that match, in one statement.
 * `offset` (deprecated) skips rows after the cursor, so that old clients keep paging as before.
 */
export async function listTrendNotes(
  reader: Reader,
  access: Access,
  filter: TrendNoteFilter | undefined,
  page: { first: number; after?: string | null; offset: number },
): Promise<TrendNotePage> {
  access.requireCaller();
  const problems = new Problems();
  const request = pageRequest(problems, 'trendNotes', ORDERINGS, { first: page.first, after: page.after, orderBy: 'NOTED_ON' });
  if (!Number.isInteger(page.offset) || page.offset < 0 || page.offset > MAX_OFFSET) problems.add('offset', `offset must be between 0 and ${MAX_OFFSET}`);
  problems.throwIfAny();
  const where = matching(filter);
  const ks = keyset(request);
  const after = ks.after('m');
  const rows = await reader.rows<{ totalCount: number; j: TrendNote | null; c: unknown[] | null }>(
    `with matching as materialized (select n.id, ${ks.columns('n')} from trend_note n where ${where.sql})
     select t.n as "totalCount", x.j, x.c from (select count(*)::int as n from matching) t
     left join lateral (
       select ${NOTE} as j, ${cursorKeysJson(request, 'm')} as c
       from (select * from matching m where ${after.sql} order by ${ks.order('m')} limit ? offset ?) m
       join trend_note n on n.id = m.id order by ${ks.order('m')}
     ) x on true`,
    [...where.params, ...after.params, request.first + 1, page.offset],
  );
  const found = connectionOf(request, rows[0]?.totalCount ?? 0, rows.flatMap((r) => (r.j ? [{ item: r.j, keys: r.c! }] : [])));
  return { ...found, hasNextPage: found.pageInfo.hasNextPage };
}

export async function getTrendNote(reader: Reader, access: Access, id: string): Promise<TrendNote> {
  access.requireCaller();
  const [row] = await objects<TrendNote>(reader, `select ${NOTE} as j from trend_note n where n.id = ? and n.archived_at is null`, [id]);
  if (!row) throw new NotFound('Trend note', id);
  return row;
}
