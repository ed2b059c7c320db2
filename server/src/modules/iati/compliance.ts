import type { Reader } from '../../db/reader.js';
import { QUALITATIVE } from '../logframe/indicator.entity.js';
import { isActiveCode, isActiveSector } from './codes.js';
import { RESULT_TYPE } from './iati.document.js';
import { detailsOf, programmePage, projectPage, type ActivityRow, type Audience, type Details, type OrgRow } from './iati.reads.js';

/**
 * What would make an activity's IATI record invalid (ERROR: the IATI Validator refuses it, or the export has to
 * leave something out) or weak (WARNING: valid, but short of what IATI's users expect). Worked out from the same
 * rows the export writes, so the checklist and the document never disagree.
 */

export type Severity = 'ERROR' | 'WARNING';

export interface ComplianceIssue {
  code: string;
  severity: Severity;
  message: string;
  /** The record to fix: Programme, Project, Organisation, Budget, Transaction, Document, ResultNode or Indicator. */
  recordType: string;
  recordId: string;
  /** The field of that record to fix, where there is one. */
  field: string | null;
  /** The project the record belongs to, where it belongs to one: the page to fix it on. */
  projectId: string | null;
  /** The record's name where the message is about another record than the activity (an organisation). */
  recordName: string | null;
}

/** Percentages are compared in hundredths, as the activity rules do. */
const totalOf = (values: number[]) => values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;

/** The same day a year later, as ISO text: a budget period must end before it (IATI's rule, and the database's). */
const aYearAfter = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

class Issues {
  readonly list: ComplianceIssue[] = [];
  constructor(
    private readonly recordType: 'Programme' | 'Project',
    private readonly recordId: string,
  ) {}
  add(severity: Severity, code: string, message: string, field: string | null = null, recordType: string = this.recordType, recordId = this.recordId, recordName: string | null = null): void {
    const projectId = this.recordType === 'Project' ? this.recordId : null;
    this.list.push({ code, severity, message, recordType, recordId, field, projectId, recordName });
  }
}

function checkOrganisation(issues: Issues, o: OrgRow, as: string, severity: Severity): void {
  if (!o.iatiRef) issues.add(severity, 'ORGANISATION_REF_MISSING', `${o.name} (${as}) has no IATI organisation identifier.`, 'iatiRef', 'Organisation', o.id, o.name);
  if (!isActiveCode('OrganisationType', o.iatiType)) {
    const what = o.iatiType ? `an IATI organisation type "${o.iatiType}" that is not an active code` : 'no IATI organisation type';
    issues.add(severity, 'ORGANISATION_TYPE_MISSING', `${o.name} (${as}) has ${what}.`, 'iatiType', 'Organisation', o.id, o.name);
  }
}

function checkActivity(issues: Issues, a: ActivityRow, d: Details): void {
  checkOrganisation(issues, a.reportingOrg, 'the reporting organisation', 'ERROR');
  if (!isActiveCode('ActivityStatus', a.status)) issues.add('ERROR', 'STATUS_INVALID', `The status "${a.status}" is not an active IATI activity status.`, 'status');
  if (!a.description.trim()) issues.add('WARNING', 'DESCRIPTION_MISSING', 'There is no description: the export carries an empty one.', 'description');
  const seen = new Set<string>([a.reportingOrg.id]);
  for (const p of d.participations.get(a.id) ?? []) {
    if (seen.has(p.organisation.id)) continue;
    seen.add(p.organisation.id);
    checkOrganisation(issues, p.organisation, 'a participating organisation', 'WARNING');
  }
  checkSectors(issues, a, d);
  checkTransactions(issues, a, d, seen);
}

function checkSectors(issues: Issues, a: ActivityRow, d: Details): void {
  const sectors = d.sectors.get(a.id) ?? [];
  if (!sectors.some((s) => s.vocabulary === '1' || s.vocabulary === '2')) issues.add('ERROR', 'SECTORS_MISSING', 'No DAC sector is given.', 'sectors');
  for (const s of sectors) {
    if (!isActiveSector(s.vocabulary, s.code)) issues.add('ERROR', 'SECTOR_CODE_INVALID', `Sector ${s.code} is not an active code in vocabulary ${s.vocabulary}: the export leaves it out.`, 'sectors');
  }
  for (const vocabulary of new Set(sectors.map((s) => s.vocabulary))) {
    const total = totalOf(sectors.filter((s) => s.vocabulary === vocabulary).map((s) => s.percentage));
    if (total !== 100) issues.add('ERROR', 'SECTOR_PERCENTAGES', `Sector percentages in vocabulary ${vocabulary} add up to ${total}, not 100.`, 'sectors');
  }
}

/** `named`: organisations already reported; an organisation without identifier is reported once, however many transactions name it. */
function checkTransactions(issues: Issues, a: ActivityRow, d: Details, named: Set<string>): void {
  const transactions = d.transactions.get(a.id) ?? [];
  const unidentified = new Map<string, { name: string; count: number }>();
  for (const t of transactions) {
    if (!isActiveCode('TransactionType', t.type)) issues.add('ERROR', 'TRANSACTION_TYPE_INVALID', `Transaction type "${t.type}" is not active: the export leaves the transaction out.`, 'type', 'Transaction', t.id);
    if (!isActiveCode('Currency', t.currency)) issues.add('ERROR', 'CURRENCY_INVALID', `Currency "${t.currency}" of a transaction is not an active ISO 4217 code.`, 'currency', 'Transaction', t.id);
    for (const org of [t.provider, t.receiver]) {
      if (!org || org.iatiRef || named.has(org.id)) continue;
      const seen = unidentified.get(org.id) ?? { name: org.name, count: 0 };
      unidentified.set(org.id, { ...seen, count: seen.count + 1 });
    }
  }
  for (const [id, { name, count }] of unidentified) {
    const transactionsOf = count === 1 ? 'a transaction' : `${count} transactions`;
    issues.add('WARNING', 'TRANSACTION_ORG_REF_MISSING', `${name}, named in ${transactionsOf}, has no IATI organisation identifier.`, 'iatiRef', 'Organisation', id, name);
  }
}

function checkProject(issues: Issues, a: Awaited<ReturnType<typeof projectPage>>[number], d: Details): void {
  checkActivity(issues, a, d);
  if (!(d.participations.get(a.id) ?? []).length) issues.add('WARNING', 'PARTICIPANTS_MISSING', 'No participating organisation: the export names the lead agency as accountable.', 'participations');
  // Started, finalising or closed activities are expected to say when they actually started (and ended).
  if (['2', '3', '4'].includes(a.status) && !a.actualStart) issues.add('WARNING', 'ACTUAL_START_MISSING', 'The project is under way or over but has no actual start date.', 'actualStart');
  if (a.status === '4' && !a.actualEnd) issues.add('WARNING', 'ACTUAL_END_MISSING', 'The project is closed but has no actual end date.', 'actualEnd');
  const countries = d.countries.get(a.id) ?? [];
  if (!countries.length) issues.add('ERROR', 'COUNTRIES_MISSING', 'No recipient country is given.', 'recipientCountries');
  for (const c of countries) if (!isActiveCode('Country', c.code)) issues.add('ERROR', 'COUNTRY_CODE_INVALID', `Country ${c.code} is not an active ISO 3166 code.`, 'recipientCountries');
  const total = totalOf(countries.map((c) => c.percentage ?? 0));
  if (countries.length && total !== 100) issues.add('ERROR', 'COUNTRY_PERCENTAGES', `Recipient country percentages add up to ${total}, not 100.`, 'recipientCountries');
  const budgets = d.budgets.get(a.id) ?? [];
  if (!budgets.length) issues.add('WARNING', 'BUDGETS_MISSING', 'No budget is recorded.', 'budgets');
  for (const b of budgets) {
    if (b.periodEnd >= aYearAfter(b.periodStart) || b.periodEnd < b.periodStart) issues.add('ERROR', 'BUDGET_PERIOD', `The budget from ${b.periodStart} to ${b.periodEnd} covers more than a year.`, 'periodEnd', 'Budget', b.id);
    if (!isActiveCode('Currency', b.currency)) issues.add('ERROR', 'CURRENCY_INVALID', `Currency "${b.currency}" of a budget is not an active ISO 4217 code.`, 'currency', 'Budget', b.id);
    if (!isActiveCode('BudgetType', b.type) || !isActiveCode('BudgetStatus', b.status)) issues.add('WARNING', 'BUDGET_CODES', 'The budget type or status is not an active code: the export leaves it out.', 'type', 'Budget', b.id);
  }
  if (!(d.transactions.get(a.id) ?? []).length) issues.add('WARNING', 'TRANSACTIONS_MISSING', 'No transaction is recorded: no commitment, disbursement or expenditure.', 'transactions');
  for (const doc of d.documents.get(a.id) ?? []) {
    if (!isActiveCode('DocumentCategory', doc.category)) issues.add('ERROR', 'DOCUMENT_CATEGORY_INVALID', `The category "${doc.category}" of "${doc.title}" is not active: the export leaves the document out.`, 'category', 'Document', doc.id);
  }
  checkResults(issues, a, d);
}

function checkResults(issues: Issues, a: ActivityRow, d: Details): void {
  const logframe = d.logframes.get(a.id);
  const results = (logframe?.nodes ?? []).filter((n) => RESULT_TYPE[n.level]);
  if (!results.length) {
    issues.add('WARNING', 'RESULTS_MISSING', 'The logframe has no impact, outcome or output: no result is published.', 'logframe');
    return;
  }
  for (const node of results) {
    const indicators = logframe!.indicatorsOf.get(node.id) ?? [];
    if (!indicators.length) issues.add('WARNING', 'RESULT_WITHOUT_INDICATOR', `Result ${node.code} has no indicator: the export leaves it out.`, 'indicators', 'ResultNode', node.id);
    for (const i of indicators) {
      if (!isActiveCode('IndicatorMeasure', i.measure)) issues.add('ERROR', 'INDICATOR_MEASURE_INVALID', `Indicator "${i.title}" has a measure that is not active: the export leaves it out.`, 'measure', 'Indicator', i.id);
      const qualitative = i.measure === QUALITATIVE;
      const hasBaseline = !!i.baselineDate && (qualitative ? !!i.baselineNote.trim() : i.baselineValue != null);
      if (!hasBaseline) issues.add('WARNING', 'BASELINE_MISSING', `Indicator "${i.title}" (result ${node.code}) has no baseline with a date${qualitative ? ' and a note' : ' and a value'}.`, 'baselineValue', 'Indicator', i.id);
      const values = logframe!.valuesOf.get(i.id) ?? [];
      if (!values.some((v) => v.target != null || v.targetText)) issues.add('WARNING', 'TARGETS_MISSING', `Indicator "${i.title}" (result ${node.code}) has no target.`, 'target', 'Indicator', i.id);
    }
  }
}

/** The issues of one project, as the caller reads it; null when it does not read it. */
export async function projectCompliance(reader: Reader, audience: Audience, projectId: string): Promise<ComplianceIssue[] | null> {
  const [project] = await projectPage(reader, audience, { only: projectId, limit: 1 });
  if (!project) return null;
  const issues = new Issues('Project', project.id);
  checkProject(issues, project, await detailsOf(reader, audience, 'project_id', [project.id]));
  return once(issues.list);
}

/** An organisation's missing identifier is one thing to fix, however many records name it. */
function once(list: ComplianceIssue[]): ComplianceIssue[] {
  const seen = new Set<string>();
  return list.filter((i) => {
    const key = i.recordType === 'Organisation' ? `${i.code}|${i.recordId}|${i.field}` : `${i.code}|${i.recordType}|${i.recordId}|${i.field}|${i.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/** The issues of a programme and of each of its projects the caller reads (they are published together). */
export async function programmeCompliance(reader: Reader, audience: Audience, programmeId: string, batch = 200): Promise<ComplianceIssue[] | null> {
  const [programme] = await programmePage(reader, audience, { only: programmeId, limit: 1 });
  if (!programme) return null;
  const issues = new Issues('Programme', programme.id);
  const details = await detailsOf(reader, audience, 'programme_id', [programme.id]);
  checkActivity(issues, programme, details);
  const countries = details.countries.get(programme.id) ?? [];
  if (!countries.length) issues.add('WARNING', 'COUNTRIES_MISSING', 'The programme names no country.', 'countries');
  if (countries.length > 1) issues.add('WARNING', 'COUNTRY_SHARES', 'The programme names several countries without shares: the export gives them without percentages.', 'countries');
  for (let afterId: string | null = null; ; ) {
    const page = await projectPage(reader, audience, { programmeId, afterId, limit: batch });
    const projectDetails = await detailsOf(reader, audience, 'project_id', page.map((p) => p.id));
    for (const project of page) {
      const own = new Issues('Project', project.id);
      checkProject(own, project, projectDetails);
      issues.list.push(...own.list);
    }
    if (page.length < batch) break;
    afterId = page[page.length - 1].id;
  }
  return once(issues.list);
}
