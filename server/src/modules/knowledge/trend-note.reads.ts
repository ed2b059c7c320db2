import type { Reader } from '../../db/reader.js';
import { embedded, objects, trackedJson } from '../../db/rows.js';
import type { Access } from '../access/access.js';
import type { Condition } from '../access/visibility.js';
import { NotFound } from '../common/errors.js';
import { countryJson, focusAreaJson } from '../reference/reference.reads.js';
import type { TrendNoteFilter } from './knowledge.inputs.js';
import type { TrendNote, TrendNotePage } from './knowledge.types.js';
import { pageProblems } from './knowledge.reads.js';

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

/** Trend notes newest first, a page at a time, with the count of all that match, in one statement. */
export async function listTrendNotes(reader: Reader, access: Access, filter: TrendNoteFilter | undefined): Promise<TrendNotePage> {
  access.requireCaller();
  const first = filter?.first ?? 10;
  const offset = filter?.offset ?? 0;
  pageProblems(first, offset).throwIfAny();
  const where = matching(filter);
  const rows = await reader.rows<{ totalCount: number; j: TrendNote | null }>(
    `with matching as materialized (select n.id, n.noted_on from trend_note n where ${where.sql})
     select t.n as "totalCount", x.j from (select count(*)::int as n from matching) t
     left join lateral (
       select ${NOTE} as j from (select * from matching order by noted_on desc, id limit ? offset ?) m
       join trend_note n on n.id = m.id order by m.noted_on desc, m.id
     ) x on true`,
    [...where.params, first + 1, offset],
  );
  const items = rows.flatMap((r) => (r.j ? [r.j] : []));
  return { items: items.slice(0, first), totalCount: rows[0]?.totalCount ?? 0, hasNextPage: items.length > first };
}

export async function getTrendNote(reader: Reader, access: Access, id: string): Promise<TrendNote> {
  access.requireCaller();
  const [row] = await objects<TrendNote>(reader, `select ${NOTE} as j from trend_note n where n.id = ? and n.archived_at is null`, [id]);
  if (!row) throw new NotFound('Trend note', id);
  return row;
}
