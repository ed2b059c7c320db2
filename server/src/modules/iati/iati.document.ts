import { isActiveCode, isActiveSector } from './codes.js';
import { decimal, type XmlWriter } from './xml.js';
import { QUALITATIVE, Direction } from '../logframe/indicator.entity.js';
import { ResultLevel } from '../logframe/result-node.entity.js';
import type { IndicatorRow, ValueRow } from '../logframe/logframe.reads.js';
import type { ActivityRow, Details, DocumentRow, LogframeOf, OrgRow, ProgrammeActivityRow, ProjectActivityRow, TransactionRow } from './iati.reads.js';

/**
 * One IATI 2.03 `iati-activity` per programme (hierarchy 1, the parent) or project (hierarchy 2, a child),
 * its elements in the order of the schema's sequence. Only active codes are written: an optional attribute
 * whose stored value has no active code is left out rather than guessed; an element whose required code is not
 * active is left out whole. The compliance check (compliance.ts) reports both.
 */

/** IATI ResultType by logframe level; activities are not results. */
export const RESULT_TYPE: Partial<Record<ResultLevel, string>> = { [ResultLevel.OUTPUT]: '1', [ResultLevel.OUTCOME]: '2', [ResultLevel.IMPACT]: '3' };

/** IANA media types (IATI FileFormat) by file extension; a link without a known extension is a web page. */
const FORMATS: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  csv: 'text/csv',
  txt: 'text/plain',
  xml: 'application/xml',
  zip: 'application/zip',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

export function documentFormat(url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Stored URLs are checked on entry; an odd one is treated as a page.
  }
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (ext && FORMATS[ext]) || 'text/html';
}

function narrative(xml: XmlWriter, element: string, text: string, attrs?: Record<string, string | null>): void {
  xml.start(element, attrs).text('narrative', text).end();
}

/** An organisation's reference and type attributes, each only when it has a valid value. */
const orgAttributes = (o: OrgRow) => ({ ref: o.iatiRef || null, type: isActiveCode('OrganisationType', o.iatiType) ? o.iatiType : null });

function reportingOrg(xml: XmlWriter, a: ActivityRow): void {
  // Both attributes are required by the schema: without an identifier they are written empty (and the compliance
  // check reports an error), never invented.
  const { ref, type } = orgAttributes(a.reportingOrg);
  narrative(xml, 'reporting-org', a.reportingOrg.name, { ref: ref ?? '', type: type ?? '' });
}

/** The activity id of an organisation's own activity, where a transaction records it (not where Accord derives it). */
function activityIdsOf(transactions: TransactionRow[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const t of transactions) {
    if (t.provider && t.providerActivity && !ids.has(t.provider.id)) ids.set(t.provider.id, t.providerActivity);
    if (t.receiver && t.receiverActivity && !ids.has(t.receiver.id)) ids.set(t.receiver.id, t.receiverActivity);
  }
  return ids;
}

function head(xml: XmlWriter, a: ActivityRow, d: Details): void {
  xml.text('iati-identifier', a.iatiIdentifier);
  reportingOrg(xml, a);
  narrative(xml, 'title', a.title);
  // The schema requires a description; an empty one stays empty (the compliance check warns).
  narrative(xml, 'description', a.description, { type: '1' });
  const activityIds = activityIdsOf(d.transactions.get(a.id) ?? []);
  const participations = d.participations.get(a.id) ?? [];
  // The schema wants one participating organisation at least: a project that lists none is accountable to the
  // lead agency of its programme (the compliance check warns).
  if (!participations.length) narrative(xml, 'participating-org', a.reportingOrg.name, { ...orgAttributes(a.reportingOrg), role: '2' });
  for (const p of participations) {
    if (!isActiveCode('OrganisationRole', p.role)) continue;
    const { ref, type } = orgAttributes(p.organisation);
    narrative(xml, 'participating-org', p.organisation.name, { ref, type, role: p.role, 'activity-id': activityIds.get(p.organisation.id) ?? null });
  }
  xml.empty('activity-status', { code: a.status });
}

function geographyAndSectors(xml: XmlWriter, a: ActivityRow, d: Details): void {
  const countries = (d.countries.get(a.id) ?? []).filter((c) => isActiveCode('Country', c.code));
  for (const c of countries) {
    // A programme stores its countries without shares: one country is all of it, several are left unsplit.
    const percentage = c.percentage ?? (countries.length === 1 ? 100 : null);
    xml.empty('recipient-country', { code: c.code, percentage: decimal(percentage) });
  }
  for (const s of d.sectors.get(a.id) ?? []) {
    if (isActiveSector(s.vocabulary, s.code)) xml.empty('sector', { vocabulary: s.vocabulary, code: s.code, percentage: decimal(s.percentage) });
  }
  for (const m of d.policyMarkers.get(a.id) ?? []) {
    if (isActiveCode('PolicyMarker', m.code) && isActiveCode('PolicySignificance', m.significance)) xml.empty('policy-marker', { vocabulary: '1', code: m.code, significance: m.significance });
  }
}

function budgets(xml: XmlWriter, a: ActivityRow, d: Details): void {
  for (const b of d.budgets.get(a.id) ?? []) {
    xml.start('budget', { type: isActiveCode('BudgetType', b.type) ? b.type : null, status: isActiveCode('BudgetStatus', b.status) ? b.status : null });
    xml.empty('period-start', { 'iso-date': b.periodStart }).empty('period-end', { 'iso-date': b.periodEnd });
    xml.text('value', b.amount, { currency: isActiveCode('Currency', b.currency) ? b.currency : null, 'value-date': b.valueDate });
    xml.end();
  }
}

function transactionOrg(xml: XmlWriter, element: 'provider-org' | 'receiver-org', org: OrgRow | null, activityId: string | null): void {
  if (!org && !activityId) return;
  const { ref, type } = org ? orgAttributes(org) : { ref: null, type: null };
  const attrs = { ref, [element === 'provider-org' ? 'provider-activity-id' : 'receiver-activity-id']: activityId, type };
  if (org) narrative(xml, element, org.name, attrs);
  else xml.empty(element, attrs);
}

function transactions(xml: XmlWriter, a: ActivityRow, d: Details): void {
  for (const t of d.transactions.get(a.id) ?? []) {
    if (!isActiveCode('TransactionType', t.type)) continue;
    xml.start('transaction');
    xml.empty('transaction-type', { code: t.type }).empty('transaction-date', { 'iso-date': t.transactionDate });
    xml.text('value', t.amount, { currency: isActiveCode('Currency', t.currency) ? t.currency : null, 'value-date': t.valueDate });
    if (t.description.trim()) narrative(xml, 'description', t.description);
    transactionOrg(xml, 'provider-org', t.provider, t.providerActivity);
    transactionOrg(xml, 'receiver-org', t.receiver, t.receiverActivity ?? t.receiverProject);
    xml.end();
  }
}

function documentLinks(xml: XmlWriter, documents: DocumentRow[]): void {
  for (const doc of documents) {
    if (!isActiveCode('DocumentCategory', doc.category)) continue;
    xml.start('document-link', { url: doc.url, format: documentFormat(doc.url) });
    narrative(xml, 'title', doc.title);
    xml.empty('category', { code: doc.category });
    if (doc.language && /^[a-z]{2}$/.test(doc.language)) xml.empty('language', { code: doc.language });
    if (doc.documentDate) xml.empty('document-date', { 'iso-date': doc.documentDate });
    xml.end();
  }
}

/** A target or actual: a number, or for a qualitative indicator a comment; a disaggregation as its dimension. */
function figure(xml: XmlWriter, element: 'target' | 'actual', value: number | null, text: string | null, v: ValueRow): void {
  const dimension = v.dimension ? () => xml.empty('dimension', { name: v.dimension, value: v.category }) : () => {};
  if (value == null && !text) return;
  if (value == null) {
    xml.start(element);
    dimension();
    narrative(xml, 'comment', text!);
    xml.end();
    return;
  }
  if (!v.dimension) {
    xml.empty(element, { value: decimal(value) });
    return;
  }
  xml.start(element, { value: decimal(value) });
  dimension();
  xml.end();
}

function baseline(xml: XmlWriter, i: IndicatorRow): void {
  // `year` is required: a baseline without a date cannot be placed in time and is left out (the check warns).
  if (!i.baselineDate) return;
  const qualitative = i.measure === QUALITATIVE;
  const value = qualitative ? null : decimal(i.baselineValue);
  if (value == null && !i.baselineNote.trim()) return;
  const attrs = { year: i.baselineDate.slice(0, 4), 'iso-date': i.baselineDate, value };
  if (!i.baselineNote.trim()) {
    xml.empty('baseline', attrs);
    return;
  }
  xml.start('baseline', attrs);
  narrative(xml, 'comment', i.baselineNote);
  xml.end();
}

function indicator(xml: XmlWriter, i: IndicatorRow, values: ValueRow[], periods: LogframeOf['periods']): void {
  xml.start('indicator', { measure: i.measure, ascending: i.direction === Direction.INCREASE ? 'true' : 'false' });
  narrative(xml, 'title', i.title);
  if (i.definition.trim()) narrative(xml, 'description', i.definition);
  baseline(xml, i);
  // Never the actual figures of a sensitive indicator, in any document and for any reader: small counts (victims
  // identified…) could identify people. Its targets are not sensitive and are published.
  if (i.sensitive) xml.comment('Sensitive indicator: its actual values are not published.');
  const byPeriod = new Map<string, ValueRow[]>();
  for (const v of values) byPeriod.set(v.period.id, [...(byPeriod.get(v.period.id) ?? []), v]);
  for (const p of periods) {
    const own = byPeriod.get(p.id) ?? [];
    // `actual` etc. are the APPROVED figures (logframe.reads.ts); the working copy is never exported.
    const shown = own.filter((v) => v.target != null || v.targetText || (!i.sensitive && (v.actual != null || v.actualText)));
    if (!shown.length) continue;
    xml.start('period');
    xml.empty('period-start', { 'iso-date': p.startDate }).empty('period-end', { 'iso-date': p.endDate });
    for (const v of shown) figure(xml, 'target', v.target, v.targetText, v);
    if (!i.sensitive) for (const v of shown) figure(xml, 'actual', v.actual, v.actualText, v);
    xml.end();
  }
  xml.end();
}

function results(xml: XmlWriter, logframe: LogframeOf | undefined): void {
  if (!logframe) return;
  for (const node of logframe.nodes) {
    const type = RESULT_TYPE[node.level];
    const indicators = (logframe.indicatorsOf.get(node.id) ?? []).filter((i) => isActiveCode('IndicatorMeasure', i.measure));
    // The schema wants at least one indicator per result.
    if (!type || !indicators.length) continue;
    xml.start('result', { type });
    narrative(xml, 'title', node.statement);
    if (node.description.trim()) narrative(xml, 'description', node.description);
    for (const i of indicators) indicator(xml, i, logframe.valuesOf.get(i.id) ?? [], logframe.periods);
    xml.end();
  }
}

const activityAttributes = (a: ActivityRow, hierarchy: 1 | 2) => ({ 'last-updated-datetime': a.updatedAt, 'xml:lang': 'en', hierarchy });

export function writeProgramme(xml: XmlWriter, a: ProgrammeActivityRow, d: Details): void {
  xml.start('iati-activity', activityAttributes(a, 1));
  head(xml, a, d);
  // A programme records its start and end only: they are its planned dates.
  xml.empty('activity-date', { type: '1', 'iso-date': a.startDate }).empty('activity-date', { type: '3', 'iso-date': a.endDate });
  geographyAndSectors(xml, a, d);
  transactions(xml, a, d);
  for (const child of d.children.get(a.id) ?? []) xml.empty('related-activity', { ref: child, type: '2' });
  xml.end();
}

export function writeProject(xml: XmlWriter, a: ProjectActivityRow, d: Details): void {
  xml.start('iati-activity', activityAttributes(a, 2));
  head(xml, a, d);
  xml.empty('activity-date', { type: '1', 'iso-date': a.plannedStart });
  if (a.actualStart) xml.empty('activity-date', { type: '2', 'iso-date': a.actualStart });
  xml.empty('activity-date', { type: '3', 'iso-date': a.plannedEnd });
  if (a.actualEnd) xml.empty('activity-date', { type: '4', 'iso-date': a.actualEnd });
  geographyAndSectors(xml, a, d);
  budgets(xml, a, d);
  transactions(xml, a, d);
  documentLinks(xml, d.documents.get(a.id) ?? []);
  xml.empty('related-activity', { ref: a.programmeIdentifier, type: '1' });
  results(xml, d.logframes.get(a.id));
  xml.end();
}
