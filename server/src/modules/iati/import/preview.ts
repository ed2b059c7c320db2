import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readActivities, XmlRefused, type ReadOptions } from './xml.js';
import { readActivity } from './activity.read.js';
import type { ImportedActivity, Issue } from './records.js';

export type ActivityKind = 'PROGRAMME' | 'PROJECT';

/** What the commit will do with one activity of the file. */
export interface PreviewActivity {
  identifier: string;
  line: number;
  title: string;
  kind: ActivityKind;
  action: 'CREATE' | 'UPDATE';
  /** A project's parent programme identifier, when it is in the file or in Accord. */
  parent: string | null;
  /** A project whose parent is neither in the file nor in Accord: the commit puts it in the chosen programme. */
  orphan: boolean;
  organisations: number;
  budgets: number;
  transactions: number;
  results: number;
  indicators: number;
  periods: number;
  documents: number;
}

export interface ImportPreview {
  activities: PreviewActivity[];
  /** More errors or warnings than are kept in the job: their total counts. */
  errorCount: number;
  warningCount: number;
}

export interface ImportResult {
  programmesCreated: number;
  programmesUpdated: number;
  projectsCreated: number;
  projectsUpdated: number;
  organisationsCreated: number;
  budgets: number;
  transactions: number;
  results: number;
  indicators: number;
  /** The imported programmes and projects, for links. */
  activities: { identifier: string; kind: ActivityKind; id: string; title: string }[];
}

/** Issues kept per job, each kind; the rest are counted. */
export const MAX_ISSUES = 500;

/**
 * Decides what each activity becomes. A programme is an activity that others in the file name as their parent
 * (or that names children in the file), and has no parent itself; everything else is a project. An identifier
 * Accord already holds keeps its kind. A project's parent must be a programme in the file or in Accord;
 * otherwise it is an orphan and goes to the programme chosen at the commit.
 */
export function planHierarchy(
  activities: Pick<ImportedActivity, 'identifier' | 'parentRef' | 'childRefs' | 'line'>[],
  existing: Map<string, ActivityKind>,
): Map<string, { kind: ActivityKind; parent: string | null; orphan: boolean; conflict?: string }> {
  const inFile = new Set(activities.map((a) => a.identifier));
  const named = new Set<string>();
  for (const a of activities) {
    if (a.parentRef && inFile.has(a.parentRef)) named.add(a.parentRef);
    if (!a.parentRef && a.childRefs.some((c) => inFile.has(c) && c !== a.identifier)) named.add(a.identifier);
  }
  const plan = new Map<string, { kind: ActivityKind; parent: string | null; orphan: boolean; conflict?: string }>();
  for (const a of activities) {
    const stored = existing.get(a.identifier);
    let kind: ActivityKind = named.has(a.identifier) && !a.parentRef ? 'PROGRAMME' : 'PROJECT';
    let conflict: string | undefined;
    if (stored && stored !== kind) {
      if (stored === 'PROGRAMME' && a.parentRef) conflict = `${a.identifier} is a programme in Accord but names a parent (${a.parentRef}) in the file; a programme has no parent.`;
      kind = stored;
    }
    plan.set(a.identifier, { kind, parent: null, orphan: false, conflict });
  }
  for (const a of activities) {
    const entry = plan.get(a.identifier)!;
    if (entry.kind !== 'PROJECT') continue;
    const ref = a.parentRef;
    const parentKind = ref ? (plan.get(ref)?.kind ?? existing.get(ref)) : undefined;
    if (ref && parentKind === 'PROGRAMME') entry.parent = ref;
    else entry.orphan = existing.get(a.identifier) !== 'PROJECT';
  }
  return plan;
}

/** Which of these identifiers Accord holds, and as what. */
export async function existingActivities(em: EntityManager, identifiers: string[]): Promise<Map<string, ActivityKind>> {
  const found = new Map<string, ActivityKind>();
  for (let i = 0; i < identifiers.length; i += 5000) {
    const batch = identifiers.slice(i, i + 5000);
    const rows = await em.execute(
      `with wanted as (select jsonb_array_elements_text(?::jsonb) as identifier)
       select iati_identifier, 'PROGRAMME' as kind from programme where iati_identifier in (select identifier from wanted)
       union all select iati_identifier, 'PROJECT' from project where iati_identifier in (select identifier from wanted)`,
      [JSON.stringify(batch)],
    );
    for (const r of rows) found.set(r.iati_identifier, r.kind);
  }
  return found;
}

export interface Analysis {
  version: string | null;
  preview: ImportPreview;
  errors: Issue[];
  warnings: Issue[];
}

/**
 * Reads the whole file once and says what an import would do, with every error and warning and its line.
 * Nothing is written. The activities themselves are not kept, only their counts.
 */
export async function analyseFile(em: EntityManager, stream: Readable, options: ReadOptions = {}): Promise<Analysis> {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  let errorCount = 0;
  let warningCount = 0;
  const keep = (issues: Issue[]) => {
    for (const issue of issues) {
      if (issue.severity === 'error') {
        if (errorCount++ < MAX_ISSUES) errors.push(issue);
      } else if (warningCount++ < MAX_ISSUES) warnings.push(issue);
    }
  };
  let version: string | null = null;
  const summaries: (Omit<PreviewActivity, 'kind' | 'action' | 'parent' | 'orphan'> & Pick<ImportedActivity, 'parentRef' | 'childRefs'> & { column: number })[] = [];
  const seen = new Map<string, number>();
  try {
    await readActivities(
      stream,
      (info) => {
        version = info.version;
        if (version && !['2.01', '2.02', '2.03'].includes(version)) {
          keep([{ severity: 'warning', activity: null, line: 1, column: 1, message: `The file says IATI version ${version}; Accord reads 2.01, 2.02 and 2.03 and reads it as those.` }]);
        }
      },
      (el) => {
        const issues: Issue[] = [];
        const a = readActivity(el, issues);
        keep(issues);
        if (!a) return;
        const first = seen.get(a.identifier);
        if (first) {
          keep([{ severity: 'error', activity: a.identifier, line: el.line, column: el.column, message: `The identifier ${a.identifier} is used twice in the file (first on line ${first}).` }]);
          return;
        }
        seen.set(a.identifier, el.line);
        const organisations = new Set([a.reportingOrg, ...a.participants, ...a.transactions.flatMap((t) => [t.provider, t.receiver])].filter((o) => !!o).map((o) => o!.ref ?? `name:${o!.name}`));
        summaries.push({
          identifier: a.identifier,
          line: a.line,
          column: el.column,
          title: a.title.slice(0, 300),
          parentRef: a.parentRef,
          childRefs: a.childRefs,
          organisations: organisations.size,
          budgets: a.budgets.length,
          transactions: a.transactions.length,
          results: a.results.length,
          indicators: a.results.reduce((n, r) => n + r.indicators.length, 0),
          periods: a.results.reduce((n, r) => n + r.indicators.reduce((m, i) => m + i.periods.length, 0), 0),
          documents: a.documents.length,
        });
      },
      options,
    );
  } catch (err) {
    if (!(err instanceof XmlRefused)) throw err;
    errorCount++;
    errors.push({ severity: 'error', activity: null, line: err.line, column: err.column, message: `${err.code}: ${err.message}` });
    return { version, preview: { activities: [], errorCount, warningCount }, errors, warnings };
  }
  if (!summaries.length && !errorCount) keep([{ severity: 'error', activity: null, line: 1, column: 1, message: 'The file holds no <iati-activity>.' }]);

  const existing = await existingActivities(em, summaries.map((s) => s.identifier));
  const plan = planHierarchy(summaries, existing);
  const activities: PreviewActivity[] = summaries.map(({ parentRef, childRefs, column, ...s }) => {
    const p = plan.get(s.identifier)!;
    if (p.conflict) keep([{ severity: 'error', activity: s.identifier, line: s.line, column, message: p.conflict }]);
    if (p.orphan) {
      const why = parentRef ? `Its parent ${parentRef} is neither a programme in the file nor in Accord` : 'It is a stand-alone activity (no parent and no children in the file)';
      keep([{ severity: 'warning', activity: s.identifier, line: s.line, column, message: `${why}: it is imported as a project of the programme chosen for the import.` }]);
    }
    if (p.kind === 'PROGRAMME' && (s.budgets || s.results || s.documents)) {
      keep([{ severity: 'warning', activity: s.identifier, line: s.line, column, message: `It is imported as a programme, which holds no budgets, results or documents in Accord: its ${s.budgets} budget(s), ${s.results} result(s) and ${s.documents} document(s) are left out.` }]);
    }
    return { ...s, kind: p.kind, action: existing.has(s.identifier) ? 'UPDATE' : 'CREATE', parent: p.parent, orphan: p.orphan };
  });
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  warnings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { version, preview: { activities, errorCount, warningCount }, errors, warnings };
}
