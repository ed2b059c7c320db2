import type { RequestHandler } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Access, Forbidden } from '../access/access.js';
import { Role } from '../access/user.entity.js';
import { createReader } from '../../db/reader.js';
import { InvalidInput, NotFound } from '../common/errors.js';
import { exportRoute, QueryParams, sendXlsx, type Table } from '../common/table-export.js';
import { donorFunding, type DonorFunding, type DonorFundingRow } from './donor.reads.js';

type FundingLine = Omit<DonorFundingRow, 'programme' | 'project'> & { programme: string; project: string; total?: boolean };

/** A missing rate stays visible as text, never 0. */
const money = (amount: string | null) => amount ?? 'rate missing';

export const DONOR_FUNDING: Table<FundingLine> = {
  id: 'donor-funding.funding',
  sheet: 'Funding',
  columns: [
    { id: 'programme', header: 'Programme', type: 'text', value: (r) => r.programme, width: 50 },
    { id: 'project', header: 'Project', type: 'text', value: (r) => r.project, width: 45 },
    { id: 'contributed', header: 'Contributed (<RC>)', type: 'money', value: (r) => money(r.contributed), width: 18 },
    { id: 'received', header: 'Received (<RC>)', type: 'money', value: (r) => money(r.received), width: 18 },
    { id: 'transferred', header: 'Transferred (<RC>)', type: 'money', value: (r) => money(r.transferred), width: 18 },
    { id: 'spent', header: 'Spent (<RC>)', type: 'money', value: (r) => money(r.spent), width: 18 },
    { id: 'deliveryRate', header: 'Delivery rate', type: 'percent', value: (r) => r.deliveryRate ?? (r.missingRates ? 'rate missing' : null), width: 14 },
  ],
};

const lines = (funding: DonorFunding): FundingLine[] => [
  ...funding.rows.map((r) => ({ ...r, programme: r.programme.title, project: r.project?.title ?? 'Pooled fund' })),
  { ...funding.totals, programme: 'Total', project: '', total: true },
];

const about = (funding: DonorFunding) => [
  { what: 'Donor', value: funding.donor.name },
  { what: 'Reporting currency', value: funding.reportingCurrency },
  { what: 'Produced', value: new Date().toISOString().slice(0, 10) },
  {
    what: 'Attribution',
    value:
      "A project's expenditure is first taken from the contributions tightly earmarked to it and shared among those donors; the rest, and the fund's transfers, are shared among the programme's pooled donors in proportion to their pooled contributions.",
  },
  { what: 'Rate missing', value: 'A figure whose records lack an exchange rate into the reporting currency is left out rather than counted as 0.' },
];

/**
 * GET /exports/donor-funding.xlsx: the caller's donor organisation's funding, the same figures as
 * `Query.donorFunding`; `?organisationId=` names another donor, for those who read the whole portfolio.
 */
export function donorFundingExport(orm: MikroORM, log: Logger, reportingCurrency: string): RequestHandler {
  return exportRoute(log, 'donor funding', async (req, res, caller) => {
    const params = new QueryParams(req.query, ['organisationId']);
    const asked = params.id('organisationId');
    params.throwIfAny();
    const own = caller.grants.find((g) => g.role === Role.DONOR)?.organisationId ?? null;
    const donor = asked ?? own;
    if (!donor) throw new InvalidInput([{ field: 'organisationId', message: 'Name the donor organisation with ?organisationId=.' }], 'Name the donor organisation with ?organisationId=.');
    const em = orm.em.fork() as EntityManager;
    if (donor !== own && !new Access(caller, em).readsAll) throw new Forbidden("A donor reads only its own organisation's funding.");
    const funding = await donorFunding(createReader(() => em), donor, reportingCurrency);
    if (!funding) throw new NotFound('Organisation', donor);
    const name = (funding.donor.acronym ?? funding.donor.name).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'donor';
    await sendXlsx(res, `donor-funding-${name}`, [{ table: DONOR_FUNDING, rows: lines(funding), emphasis: (r) => !!r.total }], reportingCurrency, about(funding));
  });
}
