import DataLoader from 'dataloader';
import type { Reader } from '../../db/reader.js';
import { IN_IDS, groupBy, idList, listLoader, rowLoader, tracked } from '../../db/rows.js';
import type { Access } from '../access/access.js';
import { visibleProject } from '../access/visibility.js';
import { NotFound } from '../common/errors.js';
import type { Direction } from '../logframe/indicator.entity.js';
import type { ResultLevel } from '../logframe/result-node.entity.js';
import { INDICATOR_COLUMNS, type IndicatorRow, type LogframeLoaders } from '../logframe/logframe.reads.js';
import { seesRawFigures } from '../logframe/logframe.policy.js';
import type { ProgrammeAggregation } from './programme-indicator.entity.js';
import type { Contributor } from './rollup.js';

/**
 * Programme indicators and their contributors in plain rows. A programme's page costs the same statements
 * whatever the number of its programme indicators and projects: the programme indicators, the linked project
 * indicators, their values and their projects' periods, one statement each.
 */

export interface ProgrammeIndicatorRow {
  id: string;
  programmeId: string;
  title: string;
  definition: string;
  measure: string;
  unitLabel: string;
  direction: Direction;
  aggregation: ProgrammeAggregation;
  resultType: ResultLevel | null;
  sdgIndicator: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  archivedAt: string | null;
}

const COLUMNS = `pi.id, pi.programme_id as "programmeId", pi.title, pi.definition, pi.measure, pi.unit_label as "unitLabel", pi.direction, pi.aggregation,
  pi.result_type as "resultType", pi.sdg_indicator as "sdgIndicator", ${tracked('pi')}`;

export async function getProgrammeIndicator(reader: Reader, id: string): Promise<ProgrammeIndicatorRow> {
  const [row] = await reader.rows<ProgrammeIndicatorRow>(`select ${COLUMNS} from programme_indicator pi where pi.id = ?`, [id]);
  if (!row) throw new NotFound('Programme indicator', id);
  return row;
}

/** The programme of a programme indicator, or null when there is none with this id. */
export async function programmeOf(reader: Reader, id: string): Promise<string | null> {
  const [row] = await reader.rows<{ programmeId: string }>(`select programme_id as "programmeId" from programme_indicator where id = ?`, [id]);
  return row?.programmeId ?? null;
}

interface LinkedRow extends IndicatorRow {
  programmeIndicatorId: string;
  programmeId: string;
  responsibleOrganisationId: string | null;
}

/**
 * Linked indicators of projects the caller reads, not archived, still in the programme indicator's programme and
 * in its measure and unit: a link that no longer fits (a project moved, a unit changed behind it) adds nothing.
 */
const LINKED = `select ${INDICATOR_COLUMNS}, i.programme_indicator_id as "programmeIndicatorId", p.programme_id as "programmeId", n.responsible_organisation_id as "responsibleOrganisationId"
  from indicator i join programme_indicator pi on pi.id = i.programme_indicator_id join project p on p.id = i.project_id join result_node n on n.id = i.node_id
  where i.programme_indicator_id in ${IN_IDS} and p.archived_at is null and p.programme_id = pi.programme_id
    and i.measure = pi.measure and lower(btrim(i.unit_label)) = lower(btrim(pi.unit_label))`;

function loaded<T>(results: (T | Error)[]): T[] {
  for (const r of results) if (r instanceof Error) throw r;
  return results as T[];
}

function resultsLoaders(reader: Reader, access: Access, logframe: LogframeLoaders) {
  return {
    byProgramme: listLoader<ProgrammeIndicatorRow>(reader, `select ${COLUMNS} from programme_indicator pi where pi.programme_id in $KEYS order by pi.created_at, pi.id`, (r) => r.programmeId),
    /** The programme indicator each project indicator contributes to. */
    linkOf: rowLoader<{ indicatorId: string; id: string; title: string }>(
      reader,
      `select i.id as "indicatorId", pi.id, pi.title from indicator i join programme_indicator pi on pi.id = i.programme_indicator_id where i.id in $KEYS`,
      (r) => r.indicatorId,
    ),
    contributors: new DataLoader<string, Contributor[]>(async (keys) => {
      const visible = visibleProject(access, 'p');
      const rows = await reader.rows<LinkedRow>(`${LINKED} and ${visible.sql} order by p.title, p.id, i.position, i.id`, [idList(keys), ...visible.params]);
      if (!rows.length) return keys.map(() => []);
      const [values, periods] = await Promise.all([
        logframe.valuesByIndicator.loadMany(rows.map((r) => r.id)),
        logframe.periodsByProject.loadMany([...new Set(rows.map((r) => r.projectId))]),
      ]);
      const periodsOf = new Map([...new Set(rows.map((r) => r.projectId))].map((id, k) => [id, loaded(periods)[k]]));
      const contributors = await Promise.all(
        rows.map(async (r, k) => {
          // The project's programme is known here, so deciding who manages it asks the database nothing.
          if (r.sensitive) await access.managesProject(r.projectId, r.programmeId);
          const raw = !r.sensitive || (await seesRawFigures(access, r.projectId, r.responsibleOrganisationId));
          return { key: r.programmeIndicatorId, contributor: { indicator: r, values: loaded(values)[k], periods: periodsOf.get(r.projectId)!, raw } };
        }),
      );
      const byKey = groupBy(contributors, (c) => c.key);
      return keys.map((key) => byKey.get(key)?.map((c) => c.contributor) ?? []);
    }),
  };
}

export type ResultsLoaders = ReturnType<typeof resultsLoaders>;

// One set per request, kept beside the request's other loaders (the request's Access stands for the request).
const perRequest = new WeakMap<Access, ResultsLoaders>();

export function resultsLoadersFor(reader: Reader, access: Access, logframe: LogframeLoaders): ResultsLoaders {
  let loaders = perRequest.get(access);
  if (!loaders) perRequest.set(access, (loaders = resultsLoaders(reader, access, logframe)));
  return loaders;
}
