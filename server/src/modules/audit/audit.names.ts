import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../access/access.js';
import { visibleProgramme, visibleProject, type Condition } from '../access/visibility.js';
import { readableEvents } from './audit.policy.js';
import type { RefKind } from './audit.words.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IDS = '(select value::uuid from json_array_elements_text(?::json))';
const TEXTS = '(select value from json_array_elements_text(?::json))';

/** The names found for a page of history, by kind and id. */
export class NameBook {
  constructor(private readonly names: Map<string, string>) {}

  get(kind: RefKind, id: string): string | null {
    return this.names.get(`${kind}:${id}`) ?? null;
  }
}

/** What the records a page names are called: each asked for by kind and id. */
export class NameRequest {
  private readonly wanted = new Map<RefKind, Set<string>>();

  add(kind: RefKind, id: unknown): void {
    if (typeof id !== 'string' || !(kind === 'country' ? /^[A-Z]{2}$/.test(id) : UUID.test(id))) return;
    const set = this.wanted.get(kind) ?? new Set<string>();
    this.wanted.set(kind, set.add(id));
  }

  ids(kind: RefKind): string {
    return JSON.stringify([...(this.wanted.get(kind) ?? [])]);
  }

  all(): string {
    return JSON.stringify([...this.wanted.values()].flatMap((s) => [...s]));
  }
}

/** A deleted record is named as its history last recorded it: the kind of record and the field that names it. */
const PAST: [RefKind, string, string][] = [
  ['node', 'ResultNode', 'statement'],
  ['indicator', 'Indicator', 'title'],
  ['period', 'ReportingPeriod', 'label'],
  ['project', 'Project', 'title'],
  ['programme', 'Programme', 'title'],
  ['programmeIndicator', 'ProgrammeIndicator', 'title'],
  ['document', 'Document', 'title'],
  ['organisation', 'Organisation', 'name'],
  ['knowledgeItem', 'KnowledgeItem', 'title'],
  ['trendNote', 'TrendNote', 'title'],
];

const short = (s: string) => (s.length > 100 ? `${s.slice(0, 99)}…` : s);

/**
 * Names every record a page of history refers to, in one statement whatever the page size. A record is named
 * only when the caller may read it today (a project it sees, or a public record), or, once deleted, when the
 * caller may read the history that last named it; anything else stays unnamed.
 */
export async function lookUpNames(em: EntityManager, access: Access, request: NameRequest): Promise<NameBook> {
  const projects = visibleProject(access, 'vp');
  const programmes = visibleProgramme(access, 'vg');
  const inProject = (column: string): Condition => ({ sql: `${column} in (select vp.id from project vp where ${projects.sql})`, params: projects.params });
  const inProgramme = (column: string): Condition => ({ sql: `${column} in (select vg.id from programme vg where ${programmes.sql})`, params: programmes.params });
  const past = readableEvents(access, 'h');
  const parts: Condition[] = [
    { sql: `select 'user' as kind, u.id::text as id, u.name from app_user u where u.id in ${IDS}`, params: [request.ids('user')] },
    { sql: `select 'organisation', o.id::text, coalesce(o.acronym, o.name) from organisation o where o.id in ${IDS}`, params: [request.ids('organisation')] },
    where_(`select 'node', c.id::text, c.code || ' ' || c.statement from coded c where c.id in ${IDS} and `, inProject('c.project_id'), [request.ids('node')]),
    where_(`select 'indicator', i.id::text, i.title from indicator i where i.id in ${IDS} and `, inProject('i.project_id'), [request.ids('indicator')]),
    where_(`select 'period', r.id::text, r.label from reporting_period r where r.id in ${IDS} and `, inProject('r.project_id'), [request.ids('period')]),
    where_(`select 'project', p.id::text, p.title from project p where p.id in ${IDS} and `, inProject('p.id'), [request.ids('project')]),
    where_(`select 'document', d.id::text, d.title from document d where d.id in ${IDS} and `, inProject('d.project_id'), [request.ids('document')]),
    where_(`select 'programme', g.id::text, g.title from programme g where g.id in ${IDS} and `, inProgramme('g.id'), [request.ids('programme')]),
    where_(`select 'programmeIndicator', x.id::text, x.title from programme_indicator x where x.id in ${IDS} and `, inProgramme('x.programme_id'), [request.ids('programmeIndicator')]),
    { sql: `select 'knowledgeItem', k.id::text, k.title from knowledge_item k where k.id in ${IDS}`, params: [request.ids('knowledgeItem')] },
    { sql: `select 'trendNote', t.id::text, t.title from trend_note t where t.id in ${IDS}`, params: [request.ids('trendNote')] },
    { sql: `select 'country', y.code, y.name from country y where y.code in ${TEXTS}`, params: [request.ids('country')] },
  ];
  const kinds = PAST.map(([kind, type, field]) => `('${kind}', '${type}', '${field}')`).join(', ');
  const rows: { kind: string; id: string; name: string | null; past: boolean }[] = await em.getConnection().execute(
    `with recursive wanted_nodes as (select * from ${IDS} as w(id)),
     ranked as (
       -- Codes as the logframe shows them: siblings by position, then creation.
       select n.id, n.parent_id, n.project_id, n.statement, row_number() over (partition by n.project_id, n.parent_id order by n.position, n.created_at, n.id) as k
       from result_node n where n.project_id in (select project_id from result_node where id in (select id from wanted_nodes))
     ),
     coded as (
       select id, project_id, statement, k::text as code from ranked where parent_id is null
       union all
       select r.id, r.project_id, r.statement, c.code || '.' || r.k from ranked r join coded c on r.parent_id = c.id
     )
     select kind, id, name, false as past from (${parts.map((p) => p.sql).join('\n union all ')}) live
     union all
     select * from (
       select distinct on (k.kind, h.entity_id) k.kind, h.entity_id, coalesce(h.changes->k.field->>'after', h.changes->k.field->>'before'), true
       from audit_event h join (values ${kinds}) as k(kind, entity_type, field) on h.entity_type = k.entity_type
       where h.entity_id in ${TEXTS} and h.changes->k.field is not null and ${past.sql}
       order by k.kind, h.entity_id, h.at desc
     ) history`,
    [request.ids('node'), ...parts.flatMap((p) => p.params), request.all(), ...past.params],
  );
  const names = new Map<string, string>();
  // What a record is called today wins over what its history last said.
  for (const r of [...rows.filter((r) => r.past), ...rows.filter((r) => !r.past)]) if (r.name) names.set(`${r.kind}:${r.id}`, short(r.name));
  return new NameBook(names);
}

/** A select with a visibility condition after it; the id list binds before the condition's own bindings. */
function where_(sql: string, condition: Condition, first: unknown[]): Condition {
  return { sql: sql + condition.sql, params: [...first, ...condition.params] };
}
