/** What the import keeps of one IATI activity: only what Accord can hold, already checked against the code lists. */

export interface Issue {
  /** `error` stops the import; `warning` says what is left out or changed. */
  severity: 'error' | 'warning';
  /** The activity it is about, when known. */
  activity: string | null;
  line: number;
  column: number;
  message: string;
}

export interface OrgRef {
  ref: string | null;
  name: string;
  type: string | null;
}

export interface ImportedParticipant extends OrgRef {
  role: string;
}

export interface ImportedBudget {
  type: string;
  status: string;
  periodStart: string;
  periodEnd: string;
  amount: string;
  currency: string;
  valueDate: string;
}

export interface ImportedTransaction {
  type: string;
  transactionDate: string;
  valueDate: string;
  amount: string;
  currency: string;
  provider: OrgRef | null;
  receiver: OrgRef | null;
  providerActivity: string | null;
  receiverActivity: string | null;
  description: string;
  /** For a negative amount: the index, among the activity's kept transactions, of the one it reverses. */
  reverses: number | null;
}

export interface ImportedDocument {
  title: string;
  url: string;
  category: string;
  language: string | null;
  documentDate: string | null;
}

/** A target or actual: a number, a text (qualitative), or a comment only. */
export interface ImportedFigure {
  value: number | null;
  text: string | null;
  comment: string;
  /** Per disaggregation value: dimension name → category → value. */
  dimensions: { name: string; category: string; value: number | null }[];
}

export interface ImportedPeriod {
  start: string;
  end: string;
  target: ImportedFigure | null;
  actual: ImportedFigure | null;
}

export interface ImportedIndicator {
  title: string;
  definition: string;
  measure: string;
  ascending: boolean;
  baselineValue: number | null;
  baselineDate: string | null;
  baselineNote: string;
  periods: ImportedPeriod[];
}

export interface ImportedResult {
  /** IATI ResultType: 1 output, 2 outcome, 3 impact, 9 other. */
  type: string;
  title: string;
  description: string;
  indicators: ImportedIndicator[];
}

export interface ImportedActivity {
  identifier: string;
  line: number;
  hierarchy: number;
  reportingOrg: OrgRef;
  title: string;
  description: string;
  status: string;
  plannedStart: string | null;
  actualStart: string | null;
  plannedEnd: string | null;
  actualEnd: string | null;
  participants: ImportedParticipant[];
  countries: { code: string; percentage: number }[];
  sectors: { vocabulary: string; code: string; percentage: number }[];
  budgets: ImportedBudget[];
  transactions: ImportedTransaction[];
  documents: ImportedDocument[];
  /** `related-activity type="1"`: the parent named by the activity. */
  parentRef: string | null;
  /** `related-activity type="2"`: children it names. */
  childRefs: string[];
  results: ImportedResult[];
}
