/**
 * How the history puts records and their fields into words. One table, so that a new kind of record
 * needs one entry here and nothing else: its noun, how it is named, and the fields that need more than
 * their camelCase name split into words (a label, a code list, a link to another record).
 */

/** Kinds of record whose names are looked up in the database (audit.names.ts). */
export type RefKind =
  | 'user'
  | 'organisation'
  | 'node'
  | 'indicator'
  | 'period'
  | 'project'
  | 'programme'
  | 'programmeIndicator'
  | 'document'
  | 'knowledgeItem'
  | 'trendNote'
  | 'country';

export interface FieldWords {
  /** The field in words; by default its name split at capitals. */
  label?: string;
  /** Left out of the readable changes: bookkeeping, or a link the record's name already shows. */
  hidden?: boolean;
  /** Stored codes and their words. */
  values?: Record<string, string>;
  /** An IATI code list the value is a code of, named through the code names in memory. */
  codes?: string;
  /** The value is the id of another record, named by looking it up. */
  ref?: RefKind;
  format?: 'number' | 'money' | 'risks' | 'dimensions' | 'place';
}

/** Reads one field of the record, in words; null when it has none or it is not known. */
export type FieldReader = (field: string) => string | null;

export interface KindWords {
  /** What the record is, e.g. `indicator`. */
  noun: string;
  /** Named by looking its own id up. */
  self?: RefKind;
  /** Named from its fields; they are read from the event, or from the event that made the record. */
  name?: { fields: string[]; of: (f: FieldReader) => string | null };
  /** Figures: the summary lists the changes whatever the action, like an entry in a table. */
  figures?: boolean;
  fields?: Record<string, FieldWords>;
}

const LEVELS = { IMPACT: 'impact', OUTCOME: 'outcome', OUTPUT: 'output', ACTIVITY: 'activity' };
const DIRECTIONS = { INCREASE: 'higher is better', DECREASE: 'lower is better' };
const AGGREGATIONS = { SUM: 'sum of periods', LAST: 'last value', AVERAGE: 'average of periods', RATIO: 'ratio of sums', MAX: 'highest value' };
const FREQUENCIES = { MONTHLY: 'monthly', QUARTERLY: 'quarterly', SEMI_ANNUAL: 'every six months', ANNUAL: 'yearly' };
const ROLES = { ADMIN: 'administrator', PROGRAMME_MANAGER: 'programme manager', PARTNER_REPORTER: 'partner reporter', DONOR: 'donor', VIEWER: 'viewer' };
/** The states of a reporting update (IndicatorUpdate); NOT_REPORTED is never stored, but a label costs nothing. */
export const UPDATE_STATES = { NOT_REPORTED: 'not reported', DRAFT: 'draft', SUBMITTED: 'submitted', APPROVED: 'approved', RETURNED: 'returned' };

/** Fields that mean the same in every kind of record. A kind's own entry wins over these. */
export const COMMON_FIELDS: Record<string, FieldWords> = {
  id: { hidden: true },
  version: { hidden: true },
  createdAt: { hidden: true },
  updatedAt: { hidden: true },
  archivedAt: { label: 'archived' },
  // Every event of a project's history belongs to it: naming the project again says nothing.
  project: { hidden: true },
  search: { hidden: true },
  storageKey: { hidden: true },
  snapshot: { hidden: true },
  position: { label: 'place among its siblings', format: 'place' },
  user: { ref: 'user' },
  organisation: { ref: 'organisation' },
  responsibleOrganisation: { label: 'responsible organisation', ref: 'organisation' },
  authorOrganisation: { label: 'author organisation', ref: 'organisation' },
  leadAgency: { label: 'lead agency', ref: 'organisation' },
  donor: { ref: 'organisation' },
  provider: { ref: 'organisation' },
  receiver: { ref: 'organisation' },
  programme: { ref: 'programme' },
  receiverProject: { label: 'receiving project', ref: 'project' },
  node: { label: 'result', ref: 'node' },
  parent: { label: 'parent result', ref: 'node' },
  output: { ref: 'node' },
  indicator: { ref: 'indicator' },
  period: { label: 'reporting period', ref: 'period' },
  programmeIndicator: { label: 'programme indicator', ref: 'programmeIndicator' },
  knowledgeItem: { label: 'knowledge item', ref: 'knowledgeItem' },
  country: { ref: 'country' },
  approvedBy: { label: 'approved by', ref: 'user' },
  submittedBy: { label: 'submitted by', ref: 'user' },
  decidedBy: { label: 'decided by', ref: 'user' },
  uploadedBy: { label: 'uploaded by', ref: 'user' },
  level: { values: LEVELS },
  resultType: { label: 'result type', values: LEVELS },
  direction: { values: DIRECTIONS },
  aggregation: { values: AGGREGATIONS },
  frequency: { values: FREQUENCIES },
  measure: { codes: 'IndicatorMeasure' },
  status: { codes: 'ActivityStatus' },
  iatiType: { label: 'IATI organisation type', codes: 'OrganisationType' },
  iatiIdentifier: { label: 'IATI identifier' },
  iatiRef: { label: 'IATI organisation identifier' },
  sdgIndicator: { label: 'SDG indicator' },
  unitLabel: { label: 'unit' },
  baselineValue: { label: 'baseline', format: 'number' },
  risks: { format: 'risks' },
  dimensions: { label: 'disaggregations', format: 'dimensions' },
  amount: { format: 'money' },
  rate: { format: 'money' },
  internalNotes: { label: 'staff notes' },
};

const valueName = (f: FieldReader) => {
  const indicator = f('indicator');
  const period = f('period');
  if (!indicator && !period) return null;
  const breakdown = f('dimension') ? ` (${f('dimension')}: ${f('category')})` : '';
  return `${indicator ?? 'an indicator'} — ${period ?? 'a period'}${breakdown}`;
};

export const KINDS: Record<string, KindWords> = {
  Organisation: { noun: 'organisation', self: 'organisation', fields: { kind: { values: { UN_ENTITY: 'UN entity', GOVERNMENT: 'government', LAW_ENFORCEMENT: 'law enforcement', NGO: 'NGO', DONOR: 'donor', ACADEMIC: 'academic' } } } },
  Programme: { noun: 'programme', self: 'programme' },
  Project: { noun: 'project', self: 'project', fields: { reportingLockDate: { label: 'reporting lock date' } } },
  Document: { noun: 'document', self: 'document', fields: { category: { codes: 'DocumentCategory' } } },
  RecipientCountry: { noun: 'recipient country', name: { fields: ['country'], of: (f) => f('country') } },
  SectorShare: { noun: 'sector', name: { fields: ['vocabulary', 'code'], of: (f) => f('code') }, fields: { vocabulary: { codes: 'SectorVocabulary' }, code: { label: 'sector', codes: 'Sector' } } },
  Participation: {
    noun: 'participant',
    name: { fields: ['organisation', 'role'], of: (f) => (f('organisation') ? `${f('organisation')}${f('role') ? ` (${f('role')})` : ''}` : null) },
    fields: { role: { codes: 'OrganisationRole' } },
  },
  ResultNode: { noun: 'result', self: 'node' },
  Indicator: { noun: 'indicator', self: 'indicator', fields: { node: { label: 'result', ref: 'node' } } },
  ReportingPeriod: { noun: 'reporting period', self: 'period', fields: { startDate: { label: 'first day' }, endDate: { label: 'last day' } } },
  IndicatorValue: {
    noun: 'target or actual',
    figures: true,
    name: { fields: ['indicator', 'period', 'dimension', 'category'], of: valueName },
    fields: {
      // The name says which indicator, period and disaggregation.
      indicator: { ref: 'indicator', hidden: true },
      period: { ref: 'period', hidden: true },
      dimension: { hidden: true },
      category: { hidden: true },
      targetText: { label: 'target (text)' },
      actualText: { label: 'actual (text)' },
      approvedActual: { label: 'approved actual', format: 'number' },
      approvedNumerator: { label: 'approved numerator', format: 'number' },
      approvedDenominator: { label: 'approved denominator', format: 'number' },
      approvedActualText: { label: 'approved actual (text)' },
      evidence: { label: 'evidence links' },
    },
  },
  IndicatorUpdate: {
    noun: 'reporting update',
    name: { fields: ['indicator', 'period'], of: valueName },
    fields: {
      indicator: { ref: 'indicator', hidden: true },
      period: { ref: 'period', hidden: true },
      state: { values: UPDATE_STATES },
      returnReason: { label: 'reason for returning' },
      unlockReason: { label: 'reason for unlocking' },
      links: { label: 'evidence links' },
      reopened: { label: 'unlocked' },
      submittedAt: { label: 'submitted' },
      decidedAt: { label: 'decided' },
    },
  },
  EvidenceFile: { noun: 'evidence file', name: { fields: ['name'], of: (f) => f('name') }, fields: { update: { hidden: true }, mediaType: { label: 'file type' } } },
  LogframeRevision: { noun: 'logframe revision', name: { fields: ['number'], of: (f) => (f('number') ? `revision ${f('number')}` : null) }, fields: { approvedAt: { label: 'approved' } } },
  Budget: {
    noun: 'budget line',
    name: { fields: ['periodStart', 'periodEnd'], of: (f) => (f('periodStart') ? `${f('periodStart')} to ${f('periodEnd')}` : null) },
    fields: { type: { codes: 'BudgetType' }, status: { codes: 'BudgetStatus' }, output: { label: 'output', ref: 'node' } },
  },
  Contribution: {
    noun: 'contribution',
    name: { fields: ['donor', 'amount', 'currency'], of: (f) => (f('donor') ? `${f('donor')}, ${f('amount')} ${f('currency')}` : null) },
    fields: { status: { values: { PLEDGED: 'pledged', SIGNED: 'signed', PAID: 'paid' } }, earmarking: { values: { UNEARMARKED: 'not earmarked', SOFT: 'softly earmarked', TIGHT: 'tightly earmarked' } } },
  },
  FinanceTransaction: {
    noun: 'transaction',
    name: { fields: ['type', 'amount', 'currency', 'transactionDate'], of: (f) => (f('type') ? `${f('type')} of ${f('amount')} ${f('currency')} on ${f('transactionDate')}` : null) },
    fields: { type: { codes: 'TransactionType' }, budget: { label: 'budget line', hidden: true }, contribution: { hidden: true }, reverses: { hidden: true } },
  },
  ExchangeRate: { noun: 'exchange rate', name: { fields: ['currency', 'quote', 'rateDate'], of: (f) => (f('currency') ? `${f('currency')} in ${f('quote')} on ${f('rateDate')}` : null) } },
  KnowledgeItem: { noun: 'knowledge item', self: 'knowledgeItem', fields: { kind: { values: { BEST_PRACTICE: 'best practice', LESSON_LEARNED: 'lesson learned' } } } },
  KnowledgeItemProject: { noun: 'project link of a knowledge item', name: { fields: ['knowledgeItem'], of: (f) => f('knowledgeItem') } },
  TrendNote: { noun: 'trend note', self: 'trendNote' },
  User: { noun: 'user', self: 'user', fields: { mustChangePassword: { label: 'must change password' }, passwordHash: { label: 'password' } } },
  ApiToken: { noun: 'API token', name: { fields: ['name'], of: (f) => f('name') }, fields: { scope: { values: { READ: 'read only', READ_WRITE: 'read and write' } }, secretHash: { label: 'secret' }, prefix: { hidden: true } } },
  RoleAssignment: {
    noun: 'role',
    name: { fields: ['user', 'role'], of: (f) => (f('user') ? `${f('user')}: ${f('role')}` : f('role')) },
    fields: { role: { values: ROLES } },
  },
  ProgrammeIndicator: { noun: 'programme indicator', self: 'programmeIndicator' },
};

/** The words for one field of one kind of record. */
export function fieldWords(kind: string, field: string): FieldWords {
  return { ...COMMON_FIELDS[field], ...KINDS[kind]?.fields?.[field] };
}

/** A field name as words: "meansOfVerification" → "means of verification". */
export function fieldLabel(kind: string, field: string): string {
  return fieldWords(kind, field).label ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

/** What a record of this kind is called, for a kind missing from the table too. */
export function nounOf(kind: string): string {
  return KINDS[kind]?.noun ?? kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
