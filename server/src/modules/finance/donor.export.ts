import type { RequestHandler, Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import type { Logger } from 'pino';
import { Access } from '../access/access.js';
import { identified } from '../access/http.js';
import { Role } from '../access/user.entity.js';
import { createReader } from '../../db/reader.js';
import { isDatabaseUnavailable, respondUnavailable } from '../../db/outage.js';
import { inertText } from '../logframe/logframe.export.js';
import { donorFunding, type DonorFunding, type DonorFundingRow } from './donor.reads.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONEY_FORMAT = '#,##0.00';
const FIGURES = ['contributed', 'received', 'transferred', 'spent'] as const;

function refuse(res: Response, status: number, code: string, message: string, field?: string) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { fields: [{ field, message }] } : {}) } }] });
}

/**
 * A spreadsheet number is a binary double: a decimal string of at most 15 significant digits (the API's bound on
 * amounts) survives the trip exactly to the cent. A missing rate stays visible as text, never 0.
 */
const moneyCell = (amount: string | null) => (amount === null ? 'rate missing' : Number(amount));

function addFundingRow(sheet: ExcelJS.Worksheet, programme: string, project: string, figures: Omit<DonorFundingRow, 'programme' | 'project'>) {
  const row = sheet.addRow({
    programme: inertText(programme),
    project: inertText(project),
    ...Object.fromEntries(FIGURES.map((f) => [f, moneyCell(figures[f])])),
    deliveryRate: figures.deliveryRate ?? (figures.missingRates ? 'rate missing' : null),
  });
  for (const f of FIGURES) row.getCell(f).numFmt = MONEY_FORMAT;
  row.getCell('deliveryRate').numFmt = '0.00%';
  return row;
}

function workbook(funding: DonorFunding): ExcelJS.Workbook {
  const rc = funding.reportingCurrency;
  const book = new ExcelJS.Workbook();
  book.creator = 'Accord';
  const sheet = book.addWorksheet('Funding');
  sheet.columns = [
    { header: 'Programme', key: 'programme', width: 50 },
    { header: 'Project', key: 'project', width: 45 },
    { header: `Contributed (${rc})`, key: 'contributed', width: 18 },
    { header: `Received (${rc})`, key: 'received', width: 18 },
    { header: `Transferred (${rc})`, key: 'transferred', width: 18 },
    { header: `Spent (${rc})`, key: 'spent', width: 18 },
    { header: 'Delivery rate', key: 'deliveryRate', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of funding.rows) addFundingRow(sheet, r.programme.title, r.project?.title ?? 'Pooled fund', r);
  addFundingRow(sheet, 'Total', '', funding.totals).font = { bold: true };

  const about = book.addWorksheet('About');
  about.columns = [
    { key: 'what', width: 22 },
    { key: 'value', width: 90 },
  ];
  about.addRows([
    { what: 'Donor', value: inertText(funding.donor.name) },
    { what: 'Reporting currency', value: rc },
    { what: 'Produced', value: new Date().toISOString().slice(0, 10) },
    {
      what: 'Attribution',
      value:
        "A project's expenditure is first taken from the contributions tightly earmarked to it and shared among those donors; the rest, and the fund's transfers, are shared among the programme's pooled donors in proportion to their pooled contributions.",
    },
    { what: 'Rate missing', value: 'A figure whose records lack an exchange rate into the reporting currency is left out rather than counted as 0.' },
  ]);
  about.getColumn('what').font = { bold: true };
  about.getColumn('value').alignment = { wrapText: true, vertical: 'top' };
  return book;
}

const fileName = (funding: DonorFunding) => `donor-funding-${(funding.donor.acronym ?? funding.donor.name).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'donor'}.xlsx`;

/**
 * GET /exports/donor-funding.xlsx: the caller's donor organisation's funding, the same figures as
 * `Query.donorFunding`; `?organisationId=` names another donor, for those who read the whole portfolio.
 */
export function donorFundingExport(orm: MikroORM, log: Logger, reportingCurrency: string): RequestHandler {
  return async (req, res) => {
    try {
      const { caller } = identified(res);
      if (!caller) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in, or send an API token as `Authorization: Bearer …`.');
      const em = orm.em.fork() as EntityManager;
      const access = new Access(caller, em);
      const asked = req.query.organisationId;
      if (asked !== undefined && (typeof asked !== 'string' || !UUID.test(asked))) return refuse(res, 400, 'BAD_USER_INPUT', 'organisationId must be an organisation id.', 'organisationId');
      const own = caller.grants.find((g) => g.role === Role.DONOR)?.organisationId ?? null;
      const donor = (asked as string | undefined) ?? own;
      if (!donor) return refuse(res, 400, 'BAD_USER_INPUT', 'Name the donor organisation with ?organisationId=.', 'organisationId');
      if (donor !== own && !access.readsAll) return refuse(res, 403, 'FORBIDDEN', "A donor reads only its own organisation's funding.");
      const funding = await donorFunding(createReader(() => em), donor, reportingCurrency);
      if (!funding) return refuse(res, 404, 'NOT_FOUND', `Organisation ${donor} was not found.`);
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', `attachment; filename="${fileName(funding)}"`);
      res.setHeader('cache-control', 'private, no-store');
      await workbook(funding).xlsx.write(res);
      res.end();
    } catch (err) {
      if (isDatabaseUnavailable(err) && !res.headersSent) return respondUnavailable(res);
      log.error({ err }, 'donor funding export failed');
      if (!res.headersSent) refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
    }
  };
}
