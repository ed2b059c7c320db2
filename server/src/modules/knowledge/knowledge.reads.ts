import type { Reader } from '../../db/reader.js';
import { embedded, objectListLoader, objects, trackedJson } from '../../db/rows.js';
import type { Access } from '../access/access.js';
import { visibleProject, type Condition } from '../access/visibility.js';
import { NotFound, Problems } from '../common/errors.js';
import { countryJson, focusAreaJson } from '../reference/reference.reads.js';
import type { KnowledgeFilter, KnowledgeOrderField } from './knowledge.inputs.js';
import { connectionOf, cursorKeysJson, keyset, MAX_PAGE, pageRequest, SortDirection, type Ordering, type PageArgs } from '../common/pagination.js';
import type { KnowledgeItem, KnowledgeItemPage, TextFragment } from './knowledge.types.js';

export const MAX_OFFSET = 10_000;

/*
 * Highlights come back from ts_headline between two control characters that no stored text holds (they are
 * taken out of the text first), and are cut into plain-text fragments here: no markup ever leaves the server.
 */
const START = '\u0002';
const STOP = '\u0003';
const clean = (sql: string) => `translate(${sql}, chr(2) || chr(3), '')`;
const HIGHLIGHT = `'StartSel=' || chr(2) || ', StopSel=' || chr(3)`;
const SNIPPET_OPTIONS = `${HIGHLIGHT} || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;
/**
 * The Markdown body as prose, so that a snippet reads as text: link targets go, a heading ends with a colon, the
 * marks of quotes, list items and emphasis go, and table bars and line breaks become spaces. (No question mark
 * in these patterns: the driver reads every one as a binding; `\x3f` stands for it.)
 */
const prose = (body: string) => {
  const links = `regexp_replace(${body}, '\\]\\([^)]*\\)', ']', 'g')`;
  const headings = `regexp_replace(${links}, '^[ \\t]*#+[ \\t]+([^\\n]*[^\\n:.!\\x3f])[ \\t]*$', '\\1:', 'gn')`;
  const lineMarks = `regexp_replace(${headings}, '^[ \\t]*(#+|>|[-*+]|\\d+[.)])[ \\t]+', '', 'gn')`;
  const emphasis = `regexp_replace(${lineMarks}, '[*_\`~\\[\\]]+', '', 'g')`;
  return `regexp_replace(${emphasis}, '[\\s|]+', ' ', 'g')`;
};

export function fragments(marked: string): TextFragment[] {
  const out: TextFragment[] = [];
  for (const [i, part] of marked.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    if (part) out.push({ text: part, highlighted: i % 2 === 1 });
  }
  return out;
}

/** A knowledge item as SQL returns it, before its highlights are cut into fragments. */
type ItemRow = Omit<KnowledgeItem, 'highlightedTitle' | 'snippet'> & { markedTitle?: string | null; markedSnippet?: string | null };

/** The JSON of `knowledge_item k`; the projects are those the caller reads, so the condition's bindings come with it. */
function itemJson(access: Access, withBody: boolean): Condition {
  const visible = visibleProject(access, 'lp');
  const sql = `json_build_object('id', k.id, 'kind', k.kind, 'title', k.title, 'summary', k.summary, 'publishedOn', k.published_on,
    ${withBody ? "'body', k.body," : ''}
    'authorOrganisation', (select json_build_object('id', o.id, 'name', o.name, 'acronym', o.acronym) from organisation o where o.id = k.author_organisation_id),
    'focusAreas', ${embedded(focusAreaJson('f'), 'from knowledge_item_focus_area xf join focus_area f on f.code = xf.focus_area_code where xf.knowledge_item_id = k.id', 'f.name')},
    'countries', ${embedded(countryJson('c'), 'from knowledge_item_country xc join country c on c.code = xc.country_code where xc.knowledge_item_id = k.id', 'c.name')},
    'projects', ${embedded(`json_build_object('id', lp.id, 'title', lp.title)`, `from knowledge_item_project xp join project lp on lp.id = xp.project_id where xp.knowledge_item_id = k.id and ${visible.sql}`, 'lp.title, lp.id')},
    ${trackedJson('k')})`;
  return { sql, params: visible.params };
}

function finish(row: ItemRow, searched: boolean): KnowledgeItem {
  const { markedTitle, markedSnippet, ...item } = row;
  return {
    ...item,
    rank: searched ? item.rank : null,
    highlightedTitle: markedTitle ? fragments(markedTitle) : [{ text: item.title, highlighted: false }],
    snippet: searched && markedSnippet ? fragments(markedSnippet) : [],
  };
}

/** The filter as SQL on `knowledge_item k`; the words searched for are the query `q.query`. */
function matching(access: Access, filter: KnowledgeFilter | undefined, searched: boolean): Condition {
  const parts: Condition[] = [{ sql: 'k.archived_at is null', params: [] }];
  const add = (sql: string, ...params: unknown[]) => parts.push({ sql, params });
  if (searched) add('k.search @@ q.query');
  if (filter?.kind) add('k.kind = ?', filter.kind);
  if (filter?.focusArea) add('exists (select 1 from knowledge_item_focus_area x where x.knowledge_item_id = k.id and x.focus_area_code = ?)', filter.focusArea);
  if (filter?.country) add('exists (select 1 from knowledge_item_country x where x.knowledge_item_id = k.id and x.country_code = ?)', filter.country.toUpperCase());
  if (filter?.authorOrganisationId) add('k.author_organisation_id = ?', filter.authorOrganisationId);
  if (filter?.projectId) {
    // A project the caller may not read matches nothing: its links are not the caller's to see.
    const visible = visibleProject(access, 'fp');
    add(`exists (select 1 from knowledge_item_project x join project fp on fp.id = x.project_id where x.knowledge_item_id = k.id and x.project_id = ? and ${visible.sql})`, filter.projectId, ...visible.params);
  }
  return { sql: parts.map((c) => c.sql).join(' and '), params: parts.flatMap((c) => c.params) };
}

/** The orders of the knowledge list, on a matching row `m` that carries the search rank (null without words). */
const ORDERINGS: Record<KnowledgeOrderField, Ordering> = {
  RELEVANCE: { keys: [{ sql: (m) => `coalesce(${m}.rank, 0)`, kind: 'real' }, { sql: (m) => `${m}.published_on`, kind: 'date' }], natural: SortDirection.DESC },
  PUBLISHED_ON: { keys: [{ sql: (m) => `${m}.published_on`, kind: 'date' }], natural: SortDirection.DESC },
  TITLE: { keys: [{ sql: (m) => `${m}.title`, kind: 'text' }], natural: SortDirection.ASC },
};

/**
 * Knowledge items a page at a time, in one statement. By relevance (the default): best match first when words
 * are searched (ts_rank_cd over the weighted document, so a word in the title counts most), then newest first,
 * then by id; or by publication date or title. `offset` (deprecated) skips rows after the cursor.
 */
export async function searchKnowledge(
  reader: Reader,
  access: Access,
  filter: KnowledgeFilter | undefined,
  page: PageArgs<KnowledgeOrderField> & { offset: number },
  withBody = false,
): Promise<KnowledgeItemPage> {
  access.requireCaller();
  const problems = new Problems();
  const request = pageRequest(problems, 'knowledgeItems', ORDERINGS, page);
  if (!Number.isInteger(page.offset) || page.offset < 0 || page.offset > MAX_OFFSET) problems.add('offset', `offset must be between 0 and ${MAX_OFFSET}`);
  problems.throwIfAny();
  const words = filter?.search?.trim() ?? '';
  const searched = words.length > 0;
  const where = matching(access, filter, searched);
  const json = itemJson(access, withBody);
  const rank = searched ? 'ts_rank_cd(k.search, q.query)' : 'null::real';
  const ks = keyset(request);
  const after = ks.after('m');
  const rows = await reader.rows<{ totalCount: number; j: ItemRow | null; c: unknown[] | null }>(
    `with q as (select websearch_to_tsquery('english', ?) as query),
     ranked as materialized (select k.id, k.published_on, k.title, ${rank} as rank from knowledge_item k cross join q where ${where.sql}),
     matching as materialized (select r.id, r.rank, ${ks.columns('r')} from ranked r)
     select t.n as "totalCount", x.j, x.c from (select count(*)::int as n from matching) t
     left join lateral (
       select jsonb_build_object('rank', m.rank,
           'markedTitle', ${searched ? `ts_headline('english', ${clean('k.title')}, q.query, ${HIGHLIGHT} || ', HighlightAll=true')` : 'null'},
           'markedSnippet', ${searched ? `ts_headline('english', ${clean(`k.summary || ' … ' || ${prose('k.body')}`)}, q.query, ${SNIPPET_OPTIONS})` : 'null'})
         || (${json.sql})::jsonb as j, ${cursorKeysJson(request, 'm')} as c
       from (select * from matching m where ${after.sql} order by ${ks.order('m')} limit ? offset ?) m
       join knowledge_item k on k.id = m.id cross join q
       order by ${ks.order('m')}
     ) x on true`,
    [words, ...where.params, ...json.params, ...after.params, request.first + 1, page.offset],
  );
  const found = connectionOf(request, rows[0]?.totalCount ?? 0, rows.flatMap((r) => (r.j ? [{ item: finish(r.j, searched), keys: r.c! }] : [])));
  return { ...found, hasNextPage: found.pageInfo.hasNextPage };
}

/** One knowledge item with its body; NOT_FOUND when there is none. */
export async function getKnowledgeItem(reader: Reader, access: Access, id: string): Promise<KnowledgeItem> {
  access.requireCaller();
  const json = itemJson(access, true);
  const [row] = await objects<ItemRow>(reader, `select ${json.sql} as j from knowledge_item k where k.id = ? and k.archived_at is null`, [...json.params, id]);
  if (!row) throw new NotFound('Knowledge item', id);
  return finish(row, false);
}

/** The items linked to each project, newest first, for every project of a response in one statement. */
export function projectKnowledgeLoader(reader: Reader, access: Access) {
  const json = itemJson(access, false);
  // The keys are the first binding: they are chosen before the item's JSON, whose projects carry the caller's grants.
  return objectListLoader<ItemRow>(
    reader,
    `with linked as (select xk.project_id as k, xk.knowledge_item_id as id from knowledge_item_project xk where xk.project_id in $KEYS)
     select l.k, ${json.sql} as j from linked l join knowledge_item k on k.id = l.id
     where k.archived_at is null order by l.k, k.published_on desc, k.id`,
    () => json.params,
  );
}

export const finishLinked = (row: ItemRow) => finish(row, false);
