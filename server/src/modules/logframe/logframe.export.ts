import type { RequestHandler } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import type { Logger } from 'pino';
import { Access } from '../access/access.js';
import { identified } from '../access/http.js';
import { Project } from '../project/project.entity.js';
import { createReader, type Reader } from '../../db/reader.js';
import { organisationLoader } from '../organisation/organisation.reads.js';
import { groupBy } from '../../db/rows.js';
import { listPeriods, projectIndicators, projectTree, projectValues } from './logframe.reads.js';
import { progressView, viewValues } from './figures.js';
import { seesRawFigures } from './logframe.policy.js';
import { isDatabaseUnavailable, respondUnavailable } from '../../db/outage.js';

const MEASURES: Record<string, string> = { '1': 'unit', '2': 'percentage', '3': 'nominal', '4': 'ordinal', '5': 'qualitative' };

/**
 * Text a spreadsheet would read as a formula (= + - @, or a leading tab or carriage return) gets a leading
 * apostrophe (OWASP's rule against CSV injection), so that a comment like `=HYPERLINK(…)` stays text when a
 * donor opens the file. Numbers stay numbers: only text is touched.
 */
export function inertText<T>(value: T): T | string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The logframe as rows, with exactly what the caller may see (small sensitive numbers stay "<5"). */
async function logframeRows(reader: Reader, access: Access, project: Project) {
  const [tree, periods, indicators, values] = await Promise.all([projectTree(reader, project.id), listPeriods(reader, project.id), projectIndicators(reader, project.id), projectValues(reader, project.id)]);
  const valuesOf = groupBy(values, (v) => v.indicatorId);
  // In reading order: the nodes as the tree lists them, each node's indicators by position.
  const place = new Map(tree.nodes.map((n, index) => [n.id, index]));
  const ordered = [...indicators].sort((a, b) => place.get(a.nodeId)! - place.get(b.nodeId)! || a.position - b.position);
  const rows = [];
  for (const i of ordered) {
    const node = tree.byId.get(i.nodeId)!;
    const showRaw = !i.sensitive || (await seesRawFigures(access, project.id, node.responsibleOrganisationId));
    const own = valuesOf.get(i.id) ?? [];
    rows.push({ indicator: i, node, values: viewValues(own, showRaw), progress: progressView(i, own, periods, showRaw) });
  }
  return { tree, periods, rows };
}

function addInertRow(sheet: ExcelJS.Worksheet, cells: Record<string, unknown>) {
  sheet.addRow(Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, inertText(v)])));
}

async function workbook(reader: Reader, access: Access, project: Project): Promise<ExcelJS.Workbook> {
  const { tree, periods, rows } = await logframeRows(reader, access, project);
  const organisations = organisationLoader(reader);
  const book = new ExcelJS.Workbook();
  book.creator = 'Accord';
  const matrix = book.addWorksheet('Logframe');
  matrix.columns = [
    { header: 'Code', key: 'code', width: 10 },
    { header: 'Level', key: 'level', width: 12 },
    { header: 'Results chain', key: 'statement', width: 50 },
    { header: 'Indicators', key: 'indicators', width: 50 },
    { header: 'Means of verification', key: 'mov', width: 35 },
    { header: 'Assumptions', key: 'assumptions', width: 35 },
    { header: 'Responsible', key: 'responsible', width: 25 },
  ];
  const rowsOf = groupBy(rows, (r) => r.node.id);
  for (const node of tree.nodes) {
    const own = rowsOf.get(node.id) ?? [];
    const org = node.responsibleOrganisationId ? await organisations.load(node.responsibleOrganisationId) : null;
    addInertRow(matrix, {
      code: node.code,
      level: node.level.toLowerCase(),
      statement: node.statement,
      indicators: own.map((r) => `• ${r.indicator.title} (baseline ${r.indicator.baselineValue ?? '–'}, target ${r.progress.endTarget ?? '–'}, actual ${r.progress.cumulativeActualDisplay ?? '–'})`).join('\n'),
      mov: own.map((r) => r.indicator.meansOfVerification).filter(Boolean).join('\n'),
      assumptions: node.assumptions,
      responsible: org ? (org.acronym ?? org.name) : '',
    });
  }
  matrix.getRow(1).font = { bold: true };
  matrix.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));

  const sheet = book.addWorksheet('Indicators');
  sheet.columns = [
    { header: 'Code', key: 'code', width: 10 },
    { header: 'Indicator', key: 'title', width: 45 },
    { header: 'Measure', key: 'measure', width: 12 },
    { header: 'Unit', key: 'unit', width: 12 },
    { header: 'Aggregation', key: 'aggregation', width: 12 },
    { header: 'Baseline', key: 'baseline', width: 10 },
    { header: 'End target', key: 'target', width: 10 },
    { header: 'Cumulative actual', key: 'actual', width: 12 },
    { header: 'Progress %', key: 'progress', width: 10 },
    { header: 'Status', key: 'status', width: 12 },
    ...periods.flatMap((p) => [
      { header: `${p.label} target`, key: `t:${p.id}`, width: 10 },
      { header: `${p.label} actual`, key: `a:${p.id}`, width: 10 },
    ]),
  ];
  for (const r of rows) {
    const cells: Record<string, unknown> = {
      code: r.node.code,
      title: r.indicator.title,
      measure: MEASURES[r.indicator.measure] ?? r.indicator.measure,
      unit: r.indicator.unitLabel,
      aggregation: r.indicator.aggregation.toLowerCase(),
      baseline: r.indicator.baselineValue ?? null,
      target: r.progress.endTarget,
      actual: r.progress.cumulativeActual ?? r.progress.cumulativeActualDisplay,
      progress: r.progress.progress == null ? null : Math.round(r.progress.progress * 1000) / 10,
      status: r.progress.status.replace('_', ' ').toLowerCase(),
    };
    for (const v of r.values.filter((x) => !x.dimension)) {
      cells[`t:${v.period.id}`] = v.target ?? v.targetText;
      cells[`a:${v.period.id}`] = v.actual ?? v.actualDisplay ?? v.actualText;
    }
    addInertRow(sheet, cells);
  }
  sheet.getRow(1).font = { bold: true };
  return book;
}

/** Long format for other tools: one row per indicator, period and disaggregation value. */
async function csv(reader: Reader, access: Access, project: Project): Promise<string> {
  const { rows } = await logframeRows(reader, access, project);
  const quote = (v: unknown) => {
    const s = v == null ? '' : String(inertText(v));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [['code', 'level', 'result', 'indicator', 'period', 'period_start', 'period_end', 'dimension', 'category', 'target', 'actual', 'comment'].join(',')];
  for (const r of rows) {
    for (const v of r.values) {
      lines.push(
        [r.node.code, r.node.level.toLowerCase(), r.node.statement, r.indicator.title, v.period.label, v.period.startDate, v.period.endDate, v.dimension, v.category, v.target ?? v.targetText, v.actual ?? v.actualDisplay ?? v.actualText, v.comment]
          .map(quote)
          .join(','),
      );
    }
  }
  return lines.join('\r\n') + '\r\n';
}

/** GET /exports/projects/:id/logframe.xlsx|csv, for whoever may see the project. */
export function logframeExport(orm: MikroORM, log: Logger): RequestHandler {
  return async (req, res) => {
    try {
      const { caller } = identified(res);
      if (!caller) {
        res.status(401).json({ errors: [{ message: 'Sign in, or send an API token as `Authorization: Bearer …`.', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      const em = orm.em.fork() as EntityManager;
      const access = new Access(caller, em);
      const id = String(req.params.id);
      const format = String(req.params.format);
      const project = ['xlsx', 'csv'].includes(format) && /^[0-9a-f-]{36}$/i.test(id) && (await access.seesProject(id)) ? await em.findOne(Project, { id }) : null;
      if (!project) {
        res.status(404).json({ errors: [{ message: `Project ${id} was not found.`, extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      const name = `logframe-${project.iatiIdentifier}`;
      if (format === 'csv') {
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        res.setHeader('content-disposition', `attachment; filename="${name}.csv"`);
        res.send(await csv(createReader(() => em), access, project));
      } else {
        res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        res.setHeader('content-disposition', `attachment; filename="${name}.xlsx"`);
        await (await workbook(createReader(() => em), access, project)).xlsx.write(res);
        res.end();
      }
    } catch (err) {
      if (isDatabaseUnavailable(err) && !res.headersSent) return respondUnavailable(res);
      log.error({ err }, 'logframe export failed');
      if (!res.headersSent) res.status(500).json({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
}
