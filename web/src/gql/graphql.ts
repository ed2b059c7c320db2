/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. As input it must lie between 1900-01-01 and 2100-12-31. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: any; output: any; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. As input it must lie between 1900-01-01 and 2100-12-31. */
  LocalDate: { input: string; output: string; }
};

/** How period values add up to the cumulative value. */
export type Aggregation =
  /** The mean of the periods with data. */
  | 'AVERAGE'
  /** The value of the latest period with data, e.g. a law in force; never summed. */
  | 'LAST'
  /** The highest value of any period. */
  | 'MAX'
  /** sum(numerators) / sum(denominators), e.g. a conviction rate; ×100 for a percentage measure. */
  | 'RATIO'
  /** The sum of the periods, e.g. people trained. */
  | 'SUM';

/** An API token an integration uses as `Authorization: Bearer …`. The secret is shown once, when it is created. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When the token was created. */
  createdAt: Scalars['DateTime']['output'];
  /** After this moment the token no longer works. */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When the token was last used. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for, e.g. "ERP export". */
  name: Scalars['String']['output'];
  /** The first characters of the secret, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When the token was revoked, if it was. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the token may do. */
  scope: TokenScope;
};

/** A new API token for yourself. */
export type ApiTokenInput = {
  /** When it stops working: in the future, at most a year away. */
  expiresAt: Scalars['DateTime']['input'];
  /** What the token is for. At most 100 characters. */
  name: Scalars['String']['input'];
  /** What the token may do. */
  scope: TokenScope;
};

/** One changed field of a record, in words: codes as their labels, linked records by their names, a value you may not read as `hidden`. */
export type AuditChangeText = {
  __typename?: 'AuditChangeText';
  /** The value after, in words; null when the record was deleted by this change. */
  after?: Maybe<Scalars['String']['output']>;
  /** The value before, in words; null when the record was made by this change. */
  before?: Maybe<Scalars['String']['output']>;
  /** The field as `changes` names it, e.g. `actual`. */
  field: Scalars['String']['output'];
  /** The field in words, e.g. `means of verification`. */
  label: Scalars['String']['output'];
  /** The change as one phrase, e.g. `actual 12 → 15` or `direction higher is better → lower is better`. */
  text: Scalars['String']['output'];
};

/** One change to a record: who made it, when, and every changed field with its value before and after. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** `create`, `update` or `delete`. */
  action: Scalars['String']['output'];
  /** Who made the change; null for changes made by Accord itself (seeding, migrations). Its e-mail and roles follow the rules of `User`. */
  actor?: Maybe<User>;
  /** The API token the change was made with, if any; shown to its user and to administrators, null for everyone else. */
  actorTokenId?: Maybe<Scalars['ID']['output']>;
  /** When the change was saved. */
  at: Scalars['DateTime']['output'];
  /** Changed fields: `{ "title": { "before": "…", "after": "…" } }`. A value you may not read, and every secret, is `"(hidden)"`. */
  changes: Scalars['JSONObject']['output'];
  /** Identifier of the record. */
  entityId: Scalars['ID']['output'];
  /** Kind of record, e.g. `Project`. */
  entityType: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What kind of record changed, in words, e.g. `indicator`, `target or actual`, `reporting update`. */
  kindName: Scalars['String']['output'];
  /** The project the record belongs to, when it belongs to one. */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** The changed fields in words, from `changes`: bookkeeping left out, what is hidden from you still hidden. */
  readableChanges: Array<AuditChangeText>;
  /** Which record changed, by name, e.g. `1.2 Prosecutors are trained` or `Officers trained — 2026-Q2`; null when it cannot be named for you (deleted, or not yours to read). */
  recordName?: Maybe<Scalars['String']['output']>;
  /** The change in one line, e.g. `Officers trained — 2026-Q2: actual 12 → 15`, `Added indicator: Officers trained`. Dates in it are ISO dates; times are UTC. */
  summary: Scalars['String']['output'];
};

/** One page of changes, newest first unless asked otherwise; walk the history with `pageInfo.endCursor` as `after`. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /**
   * Pass as `after` to get the next page.
   * @deprecated Use pageInfo.endCursor.
   */
  endCursor?: Maybe<Scalars['String']['output']>;
  /**
   * Whether another page follows.
   * @deprecated Use pageInfo.hasNextPage.
   */
  hasNextPage: Scalars['Boolean']['output'];
  /** The changes on this page, in the order asked for. */
  items: Array<AuditEvent>;
  /** Whether another page follows, and the cursor to get it. */
  pageInfo: PageInfo;
  /** How many changes match the filter in all (of those you may read). */
  totalCount: Scalars['Int']['output'];
};

/** A budget line of a project for one period of at most a year. */
export type BudgetInput = {
  /** Amount in the currency. A decimal number as text, e.g. `125000.50`: at most 15 significant digits and 2 decimals; never a float. At most 50 characters. */
  amount: Scalars['String']['input'];
  /** ISO 4217 currency code. At most 50 characters. */
  currency: Scalars['String']['input'];
  /** A participating organisation the line is for. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** A logframe output of the project the line is for. */
  outputId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day of the period: on or after the start, and less than a year after it. */
  periodEnd: Scalars['LocalDate']['input'];
  /** First day of the period. */
  periodStart: Scalars['LocalDate']['input'];
  /** The project. */
  projectId: Scalars['ID']['input'];
  /** IATI BudgetStatus: `1` indicative, `2` committed. At most 50 characters. */
  status?: Scalars['String']['input'];
  /** IATI BudgetType: `1` original, `2` revised. At most 50 characters. */
  type?: Scalars['String']['input'];
  /** The date whose exchange rate converts the amount; the period start when left out. */
  valueDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A budget line of a project. */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  /** The amount as entered. */
  amount: Money;
  /** In the reporting currency, at the rate of the value date. */
  converted: ConvertedMoney;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The participating organisation the line is for, if any. */
  organisation?: Maybe<OrganisationName>;
  /** The logframe output the line is for, if any. */
  output?: Maybe<OutputName>;
  /** Last day of the period, less than a year after its start. */
  periodEnd: Scalars['LocalDate']['output'];
  /** First day of the period. */
  periodStart: Scalars['LocalDate']['output'];
  /** The project. */
  projectId: Scalars['ID']['output'];
  /** IATI BudgetStatus: 1 indicative, 2 committed. */
  status: Scalars['String']['output'];
  /** IATI BudgetType: 1 original, 2 revised. */
  type: Scalars['String']['output'];
  /** The date whose rate converts the amount. */
  valueDate: Scalars['LocalDate']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** An entry of an IATI code list (activity status, organisation role, sector, document category …). */
export type CodelistEntry = {
  __typename?: 'CodelistEntry';
  /** For DAC 5-digit sectors, the 3-digit category they belong to. */
  category?: Maybe<Scalars['String']['output']>;
  /** The code as IATI defines it. */
  code: Scalars['String']['output'];
  /** Longer description, where IATI gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Name of the IATI code list, e.g. `ActivityStatus`, `Sector`, `SectorCategory`. */
  list: Scalars['String']['output'];
  /** English name. */
  name: Scalars['String']['output'];
};

/** How much an IATI compliance item matters. */
export type ComplianceSeverity =
  /** The IATI record would be invalid, or the export has to leave something out. */
  | 'ERROR'
  /** The record is valid but weak: something IATI users expect is missing. */
  | 'WARNING';

/** A donor's funding agreement with a programme's pooled fund or with one project. Give exactly one of programmeId and projectId. */
export type ContributionInput = {
  /** Amount in the currency. A decimal number as text, e.g. `125000.50`: at most 15 significant digits and 2 decimals; never a float. At most 50 characters. */
  amount: Scalars['String']['input'];
  /** ISO 4217 currency code. At most 50 characters. */
  currency: Scalars['String']['input'];
  /** Reference or note. At most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The donor organisation. */
  donorId: Scalars['ID']['input'];
  /** For a softly earmarked contribution: the country (ISO code) it is kept for. At most 50 characters. */
  earmarkedCountry?: InputMaybe<Scalars['String']['input']>;
  /** For a softly earmarked contribution: the focus area it is kept for. At most 50 characters. */
  earmarkedFocusArea?: InputMaybe<Scalars['String']['input']>;
  /** TIGHT for a project; UNEARMARKED or SOFT for a programme. */
  earmarking: Earmarking;
  /** Last day the contribution covers. */
  periodEnd: Scalars['LocalDate']['input'];
  /** First day the contribution covers. */
  periodStart: Scalars['LocalDate']['input'];
  /** The programme, for a contribution to its pooled fund (unearmarked or softly earmarked). */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** The project, for a contribution tightly earmarked to it. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** When the agreement was signed; never in the future. */
  signedDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Pledged, signed or paid. */
  status: ContributionStatus;
};

/** A donor's funding agreement. */
export type ContributionRecord = {
  __typename?: 'ContributionRecord';
  /** The amount as agreed. */
  amount: Money;
  /** At the rate of the signature date (or the period start). */
  converted: ConvertedMoney;
  /** Reference or note. */
  description: Scalars['String']['output'];
  /** The donor organisation. */
  donor: OrganisationName;
  /** For a softly earmarked contribution: the country it is kept for. */
  earmarkedCountry?: Maybe<Scalars['String']['output']>;
  /** For a softly earmarked contribution: the focus area it is kept for. */
  earmarkedFocusArea?: Maybe<Scalars['String']['output']>;
  /** How freely it may be used. */
  earmarking: Earmarking;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Incoming funds recorded against it, in its currency and others as entered (a sum of amounts). */
  paid: Scalars['String']['output'];
  /** Last day the contribution covers. */
  periodEnd: Scalars['LocalDate']['output'];
  /** First day the contribution covers. */
  periodStart: Scalars['LocalDate']['output'];
  /** The programme, for a contribution to its pooled fund. */
  programmeId?: Maybe<Scalars['ID']['output']>;
  /** The project, for a contribution tightly earmarked to it. */
  project?: Maybe<ProjectName>;
  /** When the agreement was signed. */
  signedDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Pledged, signed or paid. */
  status: ContributionStatus;
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** Where a funding agreement stands. */
export type ContributionStatus =
  /** Signed and paid in full. */
  | 'PAID'
  /** Announced, not yet signed: not counted in contributions. */
  | 'PLEDGED'
  /** Signed; paid in instalments recorded as incoming funds. */
  | 'SIGNED';

/** An amount converted into the reporting currency, with the rate used. */
export type ConvertedMoney = {
  __typename?: 'ConvertedMoney';
  /** In the reporting currency, rounded to the cent; null when no rate is known for the date. */
  amount?: Maybe<Scalars['String']['output']>;
  /** The reporting currency. */
  currency: Scalars['String']['output'];
  /** Units of the reporting currency per unit of the original one: the latest rate on or before the value date; 1 for the reporting currency itself; null when none is known. */
  rate?: Maybe<Scalars['String']['output']>;
  /** The date of the rate used. */
  rateDate?: Maybe<Scalars['LocalDate']['output']>;
};

/** A country or territory, identified by its ISO 3166-1 alpha-2 code. */
export type Country = {
  __typename?: 'Country';
  /** ISO 3166-1 alpha-2 code, e.g. `NG`. */
  code: Scalars['String']['output'];
  /** English short name. */
  name: Scalars['String']['output'];
  /** Continental region (UN M49): Africa, Americas, Asia, Europe, Oceania. */
  region: Scalars['String']['output'];
};

/** A new API token, with its secret. The secret is shown this once and cannot be read again. */
export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** Send it as `Authorization: Bearer <secret>`. */
  secret: Scalars['String']['output'];
  /** The token. */
  token: ApiToken;
};

/** A new user, with its one-time password when none was given. The password is shown this once. */
export type CreatedUser = {
  __typename?: 'CreatedUser';
  /** One-time password to hand to the user, who is asked to change it. */
  oneTimePassword?: Maybe<Scalars['String']['output']>;
  /** The user. */
  user: User;
};

/** A disaggregation dimension and its allowed values. */
export type DimensionInput = {
  /** Values cover every case, so together they may not exceed the total. */
  exhaustive?: Scalars['Boolean']['input'];
  /** At most 100 characters. */
  name: Scalars['String']['input'];
  /** At most 50 items, each at most 100 characters. */
  values: Array<Scalars['String']['input']>;
};

/** A disaggregation dimension of an indicator, e.g. sex or professional group, with its allowed values. */
export type DimensionType = {
  __typename?: 'DimensionType';
  /** The values cover every case: their values together may not exceed the total. */
  exhaustive: Scalars['Boolean']['output'];
  /** Name, e.g. `sex`. */
  name: Scalars['String']['output'];
  /** Allowed values, e.g. `female`, `male`. */
  values: Array<Scalars['String']['output']>;
};

/** Whether a higher (INCREASE) or lower (DECREASE) value is better. */
export type Direction =
  /** Lower is better, e.g. case backlog. */
  | 'DECREASE'
  /** Higher is better, e.g. officers trained. */
  | 'INCREASE';

/** A document linked to a project, e.g. the project document or an evaluation report. */
export type Document = {
  __typename?: 'Document';
  /** When the record was archived; archived records are left out of lists unless asked for. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** IATI DocumentCategory code, e.g. `A02` objectives, `A07` review and evaluation. */
  category: Scalars['String']['output'];
  /** Name of the IATI document category. */
  categoryName: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Date of the document. */
  documentDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** ISO 639-1 language code. */
  language?: Maybe<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where the document can be read (http or https). */
  url: Scalars['String']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** A document to link to a project. */
export type DocumentInput = {
  /** IATI DocumentCategory code, e.g. `A02`. At most 50 characters. */
  category: Scalars['String']['input'];
  /** Date of the document. */
  documentDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** ISO 639-1 language code. At most 50 characters. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Title. At most 500 characters. */
  title: Scalars['String']['input'];
  /** http or https address of the document. At most 2000 characters. */
  url: Scalars['String']['input'];
};

/** What a donor funds, and what became of its money. Attributed to the donor: a project's expenditure is first taken from the contributions tightly earmarked to it and shared among those donors; the rest, and the fund's transfers, are shared among the programme's pooled donors in proportion to their pooled contributions. */
export type DonorFunding = {
  __typename?: 'DonorFunding';
  /** The donor organisation. */
  donor: OrganisationName;
  /** ISO 4217 code of the currency of every figure. */
  reportingCurrency: Scalars['String']['output'];
  /** The donor's funding lines: pooled funds first, then projects it funds directly, by programme. */
  rows: Array<DonorFundingRow>;
  /** The sum of the rows. */
  totals: DonorFundingFigures;
};

/** What became of a donor's money, in the reporting currency. Attributed to the donor: a project's expenditure is first taken from the contributions tightly earmarked to it and shared among those donors; the rest, and the fund's transfers, are shared among the programme's pooled donors in proportion to their pooled contributions. Null where a rate is missing. */
export type DonorFundingFigures = {
  __typename?: 'DonorFundingFigures';
  /** Signed and paid contributions of the donor. */
  contributed?: Maybe<Scalars['String']['output']>;
  /** Spent ÷ contributed. */
  deliveryRate?: Maybe<Scalars['Float']['output']>;
  /** Whether a rate is missing for some record behind these figures. */
  missingRates: Scalars['Boolean']['output'];
  /** Incoming funds the donor paid. */
  received?: Maybe<Scalars['String']['output']>;
  /** The donor's share of the expenditure. */
  spent?: Maybe<Scalars['String']['output']>;
  /** The donor's share of the fund's transfers to participating organisations; for a project it funds directly, what it paid to the project. */
  transferred?: Maybe<Scalars['String']['output']>;
};

/** One of a donor's funding lines: its contributions to a programme's pooled fund, or to one project. */
export type DonorFundingRow = {
  __typename?: 'DonorFundingRow';
  /** Signed and paid contributions of the donor. */
  contributed?: Maybe<Scalars['String']['output']>;
  /** Spent ÷ contributed. */
  deliveryRate?: Maybe<Scalars['Float']['output']>;
  /** Whether a rate is missing for some record behind these figures. */
  missingRates: Scalars['Boolean']['output'];
  /** The programme. */
  programme: ProgrammeName;
  /** The project, for contributions tightly earmarked to it; null for the pooled fund. */
  project?: Maybe<ProjectName>;
  /** Incoming funds the donor paid. */
  received?: Maybe<Scalars['String']['output']>;
  /** The donor's share of the expenditure. */
  spent?: Maybe<Scalars['String']['output']>;
  /** The donor's share of the fund's transfers to participating organisations; for a project it funds directly, what it paid to the project. */
  transferred?: Maybe<Scalars['String']['output']>;
};

/** How freely a contribution may be used. */
export type Earmarking =
  /** For the programme, within a focus area or a country. */
  | 'SOFT'
  /** For one project. */
  | 'TIGHT'
  /** For the programme as a whole (its pooled fund). */
  | 'UNEARMARKED';

/** An evidence file of a report. Download it from `url` (same session or API token). */
export type EvidenceFileView = {
  __typename?: 'EvidenceFileView';
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Media type, detected from the content. */
  mediaType: Scalars['String']['output'];
  /** The name it was uploaded with. */
  name: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** Who uploaded it. */
  uploadedByName?: Maybe<Scalars['String']['output']>;
  /** Where to download it; served only to those who may read the report. */
  url: Scalars['String']['output'];
};

/** An exchange rate into the reporting currency, valid from its date until the next one. */
export type ExchangeRateInput = {
  /** ISO 4217 code of the currency converted. At most 50 characters. */
  currency: Scalars['String']['input'];
  /** Units of the reporting currency for one unit of the currency, as a decimal string, e.g. `1.0842`. Positive, at most 10 decimals. At most 50 characters. */
  rate: Scalars['String']['input'];
  /** The date from which the rate applies. */
  rateDate: Scalars['LocalDate']['input'];
  /** Where the rate comes from. At most 200 characters. */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** An exchange rate into the reporting currency, valid from its date until the next one. */
export type ExchangeRateRecord = {
  __typename?: 'ExchangeRateRecord';
  /** ISO 4217 code of the currency converted. */
  currency: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The reporting currency. */
  quote: Scalars['String']['output'];
  /** Units of the reporting currency per unit of the currency. */
  rate: Scalars['String']['output'];
  /** The date from which the rate applies, until the next one. */
  rateDate: Scalars['LocalDate']['output'];
  /** Where the rate comes from. */
  source: Scalars['String']['output'];
  /** Increases with every change. */
  version: Scalars['Int']['output'];
};

/** One changed field, with its value before and after. */
export type FieldChangeType = {
  __typename?: 'FieldChangeType';
  /** Value after. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** Value before. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Field name. */
  field: Scalars['String']['output'];
};

/** The finances of a programme (with its projects) or of a project. Pass-through money (donor → fund → agency → partner) is counted once at each step and never added across steps. A donor sees other donors' contributions and payments only as "Other donors" unless the programme publishes them. */
export type Finance = {
  __typename?: 'Finance';
  /** By donor, for contributions and incoming money. */
  byDonor: Array<FinanceRow>;
  /** By participating organisation: the budget holder, the donor of a contribution, the receiver of incoming money and of transfers, and the provider of commitments, disbursements and expenditure. */
  byOrganisation: Array<FinanceRow>;
  /** By logframe output, for budget lines and transactions linked to one. */
  byOutput: Array<FinanceRow>;
  /** By project; `NONE` is the programme's own fund. */
  byProject: Array<FinanceRow>;
  /** By year of the budget period, signature or value date. */
  byYear: Array<FinanceRow>;
  /** The money flow, for a Sankey chart. */
  flows: Array<FinanceFlow>;
  /** ISO 4217 code of the currency every converted figure is in. */
  reportingCurrency: Scalars['String']['output'];
  /** The figures of the whole programme or project. */
  totals: FinanceFigures;
};

/** The headline money figures of a programme, a project or one row of a breakdown. Pass-through money (donor → fund → agency → partner) is counted once at each step and never added across steps. */
export type FinanceFigures = {
  __typename?: 'FinanceFigures';
  /** Budget lines of the projects; a revised line (IATI type 2) replaces the original lines of its project and period. */
  budget: MoneyTotal;
  /** Outgoing commitments (IATI 2) of the projects. */
  committed: MoneyTotal;
  /** Signed and paid contributions (funding agreements) to the programme or its projects. */
  contributions: MoneyTotal;
  /** Spent ÷ transferred, in the reporting currency; null without transfers or a rate. */
  deliveryOfTransferred?: Maybe<Scalars['Float']['output']>;
  /** Spent ÷ budget, in the reporting currency (0.62 is 62 %); null without a budget or a rate. */
  deliveryRate?: Maybe<Scalars['Float']['output']>;
  /** Disbursements (IATI 3) of the projects to implementing partners; the part of the transfers passed on, not added to them. */
  disbursed: MoneyTotal;
  /** Budget − contributions in the reporting currency; negative when contributions exceed the budget; null when a rate is missing. */
  fundingGap?: Maybe<Scalars['String']['output']>;
  /** Incoming commitments (IATI 11). */
  incomingCommitments: MoneyTotal;
  /** Contributions pledged, not yet signed; not part of `contributions`. */
  pledged: MoneyTotal;
  /** Incoming funds (IATI 1): deposits into the programme's fund and money paid to a project directly. */
  received: MoneyTotal;
  /** Expenditure (IATI 4), by whoever spent it: agencies and implementing partners. */
  spent: MoneyTotal;
  /** Disbursements (IATI 3) from the programme's fund to participating organisations. */
  transferred: MoneyTotal;
};

/** One edge of the money flow: from a donor to the pooled fund or an agency, from the fund to an agency, from an agency to a partner or to expenditure. */
export type FinanceFlow = {
  __typename?: 'FinanceFlow';
  /** In the reporting currency; edges whose records lack a rate are left out. */
  amount: Scalars['String']['output'];
  /** Where the money comes from: a donor, "Other donors", "Pooled fund" or an organisation. */
  source: Scalars['String']['output'];
  /** Where it goes: "Pooled fund", an organisation, or "Spent". */
  target: Scalars['String']['output'];
};

/** One row of a breakdown; the rows of a breakdown add up to the totals. */
export type FinanceRow = {
  __typename?: 'FinanceRow';
  /** The figures of the records in this row. */
  figures: FinanceFigures;
  /** The id of the project, organisation, donor or output, the year, `NONE` for records that name none, or `OTHER` for other donors in aggregate. */
  key: Scalars['String']['output'];
  /** What the row is, for people. */
  label: Scalars['String']['output'];
};

/** A thematic focus area of the joint programmes, e.g. trafficking in persons and smuggling of migrants. */
export type FocusArea = {
  __typename?: 'FocusArea';
  /** Stable code, e.g. `TIP_SOM`. */
  code: Scalars['String']['output'];
  /** What the focus area covers. */
  description: Scalars['String']['output'];
  /** Name of the focus area. */
  name: Scalars['String']['output'];
};

/** How often data is collected or periods are reported. */
export type Frequency =
  /** Every calendar year. */
  | 'ANNUAL'
  /** Every calendar month. */
  | 'MONTHLY'
  /** Every calendar quarter. */
  | 'QUARTERLY'
  /** Every half year: January–June and July–December. */
  | 'SEMI_ANNUAL';

/** Which changes of a history to list. Every condition given must hold. */
export type HistoryFilter = {
  /** Only changes made by this user. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes made at or after this instant: to pull what changed since a date. */
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only changes to this kind of record, e.g. `Indicator`, `IndicatorValue`, `Document`. At most 200 characters. */
  entityType?: InputMaybe<Scalars['String']['input']>;
};

/** What a history is sorted by; the change’s id breaks ties. */
export type HistoryOrderField =
  /** By when the change was made; naturally newest first. */
  | 'AT';

/** What an IATI activity becomes in Accord: a programme (a parent activity) or a project (a child activity). */
export type IatiActivityKind =
  /** A joint programme: an activity with child activities. */
  | 'PROGRAMME'
  /** A project: a child activity of a programme. */
  | 'PROJECT';

/** Something to fix before a programme or project is published in IATI, with the record and field to fix. */
export type IatiComplianceItem = {
  __typename?: 'IatiComplianceItem';
  /** Stable code of the rule, e.g. `SECTOR_PERCENTAGES`, `BASELINE_MISSING`, `ORGANISATION_REF_MISSING`. */
  code: Scalars['String']['output'];
  /** The field of that record to fix, e.g. `iatiRef`, `recipientCountries`, `baselineValue`. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words. */
  message: Scalars['String']['output'];
  /** The project the record belongs to, where it belongs to one (the page to fix it on); null for the programme and its own records. */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** Id of the record to fix. */
  recordId: Scalars['String']['output'];
  /** The name of the record when it is not the programme or project itself, e.g. the organisation without an IATI identifier. */
  recordName?: Maybe<Scalars['String']['output']>;
  /** The kind of record to fix: Programme, Project, Organisation, Budget, Transaction, Document, ResultNode or Indicator. */
  recordType: Scalars['String']['output'];
  /** ERROR (invalid or left out) or WARNING (weak). */
  severity: ComplianceSeverity;
};

/** An uploaded IATI file and its import: progress, preview, errors and warnings, result. */
export type IatiImport = {
  __typename?: 'IatiImport';
  /** The preview: each activity of the file and what importing does with it. Empty until read. */
  activities: Array<IatiImportActivity>;
  /** Bytes of the file read so far by the current reading. */
  bytesRead: Scalars['Float']['output'];
  /** Size of the file in bytes. */
  bytesTotal: Scalars['Float']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** How many errors the file has. */
  errorCount: Scalars['Int']['output'];
  /** Errors, by line: any of them means nothing is imported. At most 500 are listed; see errorCount. */
  errors: Array<IatiImportIssue>;
  /** Why it FAILED, in words. */
  failure?: Maybe<Scalars['String']['output']>;
  /** The IATI version the file declares (2.01, 2.02, 2.03). */
  iatiVersion?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The programme chosen for the projects whose parent is not in the file or in Accord. */
  programmeId?: Maybe<Scalars['ID']['output']>;
  /** How far the current reading (preview or import) has come, 0–1. */
  progress: Scalars['Float']['output'];
  /** What the import wrote, once IMPORTED. */
  result?: Maybe<IatiImportResult>;
  /** Where it stands. */
  state: IatiImportState;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** How many warnings the file has. */
  warningCount: Scalars['Int']['output'];
  /** Warnings, by line: what IATI 2.03 or Accord cannot hold, left out or adjusted. At most 500 are listed; see warningCount. */
  warnings: Array<IatiImportIssue>;
};

/** Whether the import creates the activity or updates the one Accord holds with the same IATI identifier. */
export type IatiImportAction =
  /** Accord holds no activity with this IATI identifier: the import creates it. */
  | 'CREATE'
  /** Accord holds an activity with this IATI identifier: the import updates it. */
  | 'UPDATE';

/** What an import will do with one activity of the file. */
export type IatiImportActivity = {
  __typename?: 'IatiImportActivity';
  /** Created, or updated by identifier. */
  action: IatiImportAction;
  /** Budget lines kept. */
  budgets: Scalars['Int']['output'];
  /** Document links kept. */
  documents: Scalars['Int']['output'];
  /** IATI activity identifier, as published. */
  identifier: Scalars['String']['output'];
  /** Indicators of its results. */
  indicators: Scalars['Int']['output'];
  /** Programme or project. */
  kind: IatiActivityKind;
  /** Line of its <iati-activity>. */
  line: Scalars['Int']['output'];
  /** Organisations it names (reporting, participating, providers and receivers). */
  organisations: Scalars['Int']['output'];
  /** A project whose parent is neither in the file nor in Accord: it goes to the programme chosen when importing. */
  orphan: Scalars['Boolean']['output'];
  /** A project's parent programme (IATI identifier), in the file or in Accord. */
  parent?: Maybe<Scalars['String']['output']>;
  /** Indicator periods. */
  periods: Scalars['Int']['output'];
  /** Results. */
  results: Scalars['Int']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Transactions kept. */
  transactions: Scalars['Int']['output'];
};

/** An error or a warning found in an IATI file, with where it is. */
export type IatiImportIssue = {
  __typename?: 'IatiImportIssue';
  /** The IATI identifier of the activity it is about, when known. */
  activity?: Maybe<Scalars['String']['output']>;
  /** Column in the line, from 1. */
  column: Scalars['Int']['output'];
  /** Line in the file, from 1. */
  line: Scalars['Int']['output'];
  /** What is wrong, or what is left out or changed, in words. */
  message: Scalars['String']['output'];
};

/** A page of the caller's IATI imports, newest first. */
export type IatiImportPage = {
  __typename?: 'IatiImportPage';
  /** Cursor of the last item, for `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
  /** The imports of this page. */
  items: Array<IatiImport>;
};

/** What an import wrote. */
export type IatiImportResult = {
  __typename?: 'IatiImportResult';
  /** The programmes and projects written, in file order. */
  activities: Array<IatiImportedActivity>;
  /** Budget lines written. */
  budgets: Scalars['Int']['output'];
  /** Indicators written. */
  indicators: Scalars['Int']['output'];
  /** Organisations created (the others were found by IATI identifier or by name). */
  organisationsCreated: Scalars['Int']['output'];
  /** Programmes created. */
  programmesCreated: Scalars['Int']['output'];
  /** Programmes updated. */
  programmesUpdated: Scalars['Int']['output'];
  /** Projects created. */
  projectsCreated: Scalars['Int']['output'];
  /** Projects updated. */
  projectsUpdated: Scalars['Int']['output'];
  /** Results written (logframe nodes from IATI results). */
  results: Scalars['Int']['output'];
  /** Transactions written. */
  transactions: Scalars['Int']['output'];
};

/** Where an IATI import stands. */
export type IatiImportState =
  /** Cancelled by its owner. */
  | 'CANCELLED'
  /** Stopped without writing anything; `failure` says why. It can be imported again. */
  | 'FAILED'
  /** Written; `result` says what was created and updated. */
  | 'IMPORTED'
  /** Being written, in one transaction: all of it or nothing. */
  | 'IMPORTING'
  /** The file has errors (see `errors`, with line numbers); nothing can be imported from it. */
  | 'INVALID'
  /** Being read and checked; `progress` says how far. */
  | 'PREVIEWING'
  /** The import was asked for and waits for the worker. */
  | 'QUEUED'
  /** Read without errors: the preview says what an import would do. Import it with commitIatiImport. */
  | 'READY'
  /** Received; waiting to be read. */
  | 'UPLOADED';

/** A programme or project written by an import. */
export type IatiImportedActivity = {
  __typename?: 'IatiImportedActivity';
  /** Its id in Accord. */
  id: Scalars['ID']['output'];
  /** IATI activity identifier. */
  identifier: Scalars['String']['output'];
  /** Programme or project. */
  kind: IatiActivityKind;
  /** Title. */
  title: Scalars['String']['output'];
};

/** An indicator of an impact, outcome or output, with its baseline and its targets and actuals per reporting period. */
export type Indicator = {
  __typename?: 'Indicator';
  /** How period values add up. */
  aggregation: Aggregation;
  /** When the record was archived; archived records are left out of lists unless asked for. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the baseline was measured. */
  baselineDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Note on the baseline. */
  baselineNote: Scalars['String']['output'];
  /** Baseline value. */
  baselineValue?: Maybe<Scalars['Float']['output']>;
  /** Whether you may report results on this indicator. */
  canReport: Scalars['Boolean']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Data source. */
  dataSource: Scalars['String']['output'];
  /** Definition: what is counted and how. */
  definition: Scalars['String']['output'];
  /** Disaggregation dimensions and their allowed values. */
  dimensions: Array<DimensionType>;
  /** Whether higher or lower is better. */
  direction: Direction;
  /** How often data is collected. */
  frequency: Frequency;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Means of verification. */
  meansOfVerification: Scalars['String']['output'];
  /** IATI IndicatorMeasure: 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative (text, no numbers). */
  measure: Scalars['String']['output'];
  /** The result it measures. */
  node: ResultNode;
  /** Position among the indicators of its node, from 0. */
  position: Scalars['Int']['output'];
  /** The programme indicator its figures roll up into; none when it is not linked. */
  programmeIndicator?: Maybe<ProgrammeIndicatorLink>;
  /** Cumulative actual, end target, progress and status, computed from the approved period totals. */
  progress: IndicatorProgress;
  /** SDG indicator it relates to, e.g. `16.2.2`. */
  sdgIndicator?: Maybe<Scalars['String']['output']>;
  /** Sensitive figures, e.g. victims identified. For those who may not see raw figures, period totals of 1–4 read "<5", and whatever would give a small number away is hidden too: the values of its dimension in that period, and the cumulative actual, progress and status computed from it. */
  sensitive: Scalars['Boolean']['output'];
  /** Title, e.g. "Number of prosecutors trained on the trafficking law". */
  title: Scalars['String']['output'];
  /** Unit label, e.g. "prosecutors" or "%". */
  unitLabel: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The report of each reporting period, oldest first, whether anything was reported or not. */
  updates: Array<IndicatorUpdate>;
  /** Targets and actuals by period, totals and disaggregations, oldest first. */
  values: Array<IndicatorValueView>;
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** An indicator that was added, removed or changed between two versions of a logframe. */
export type IndicatorChangeType = {
  __typename?: 'IndicatorChangeType';
  /** Changed fields. */
  changes: Array<FieldChangeType>;
  /** Indicator id. */
  id: Scalars['ID']['output'];
  /** Code of its node. */
  nodeCode?: Maybe<Scalars['String']['output']>;
  /** Its title. */
  title: Scalars['String']['output'];
};

/** An indicator: new, or changes to one (then only the fields given change). */
export type IndicatorInput = {
  /** How period values add up. */
  aggregation?: InputMaybe<Aggregation>;
  /** When the baseline was measured. */
  baselineDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** At most 2000 characters. */
  baselineNote?: InputMaybe<Scalars['String']['input']>;
  /** Baseline value. */
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  /** At most 2000 characters. */
  dataSource?: InputMaybe<Scalars['String']['input']>;
  /** At most 10000 characters. */
  definition?: InputMaybe<Scalars['String']['input']>;
  /** At most 20 items. */
  dimensions?: InputMaybe<Array<DimensionInput>>;
  /** Whether higher or lower is better. */
  direction?: InputMaybe<Direction>;
  /** How often data is collected. */
  frequency?: InputMaybe<Frequency>;
  /** At most 2000 characters. */
  meansOfVerification?: InputMaybe<Scalars['String']['input']>;
  /** IATI IndicatorMeasure 1–5. At most 50 characters. */
  measure?: InputMaybe<Scalars['String']['input']>;
  /** The programme indicator of its programme it contributes to, in the same measure and unit; null or empty removes the link, left out keeps it. */
  programmeIndicatorId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 20 characters. */
  sdgIndicator?: InputMaybe<Scalars['String']['input']>;
  /** Sensitive figures, e.g. victims identified. For those who may not see raw figures, period totals of 1–4 read "<5", and whatever would give a small number away is hidden too: the values of its dimension in that period, and the cumulative actual, progress and status computed from it. */
  sensitive?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 1000 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** At most 100 characters. */
  unitLabel?: InputMaybe<Scalars['String']['input']>;
};

/** How many indicators stand at each status today, as the reader may see them. */
export type IndicatorPerformance = {
  __typename?: 'IndicatorPerformance';
  /** At risk: progress at least 60 % of what is expected. */
  atRisk: Scalars['Int']['output'];
  /** No data: no actual or no target yet, or withheld because it would give a masked small number away. */
  noData: Scalars['Int']['output'];
  /** Off track: progress below 60 % of what is expected. */
  offTrack: Scalars['Int']['output'];
  /** On track: progress at least 90 % of what is expected by today. */
  onTrack: Scalars['Int']['output'];
  /** All counted indicators (archived ones are not counted). */
  total: Scalars['Int']['output'];
};

/** Derived figures of an indicator. Cumulative actual by aggregation: SUM adds the periods, LAST takes the latest, AVERAGE the mean, MAX the highest, RATIO is sum(numerators)/sum(denominators). End target: SUM adds the period targets, LAST, AVERAGE and RATIO take the target of the latest period that has one, MAX the highest. Progress = (cumulative − baseline) / (end target − baseline), reversed for lower-is-better indicators. Sensitive indicators, for callers who may not see raw figures: the cumulative actual, progress and status are withheld when they are computed from a masked period total (any for SUM, AVERAGE and RATIO; the latest for LAST; the highest for MAX). */
export type IndicatorProgress = {
  __typename?: 'IndicatorProgress';
  /** Cumulative actual; null when there is none, or when it is withheld because it is computed from a masked small number. */
  cumulativeActual?: Maybe<Scalars['Float']['output']>;
  /** Cumulative actual as shown: the number; when withheld "<5" (LAST and MAX, where it is one masked period total) or "suppressed"; or the latest text of a qualitative indicator. */
  cumulativeActualDisplay?: Maybe<Scalars['String']['output']>;
  /** The target the plan ends on: the sum of the period targets (SUM), the highest (MAX), or the target of the latest period that has one (LAST, AVERAGE, RATIO; e.g. 40, 50, 65, 80 → 80). */
  endTarget?: Maybe<Scalars['Float']['output']>;
  /** Share of the way from baseline to end target expected by today. With period targets: the target due by today (periods whose last day has passed; the period in progress is not due yet), aggregated like the end target, as a share of the way from baseline to end target, direction-aware; 0 while nothing is due, never below 0. Without any period target: the share of the reporting time passed. */
  expectedProgress?: Maybe<Scalars['Float']['output']>;
  /** Share of the way from baseline to end target reached; 1 = reached. Null when withheld (see cumulativeActual) or not computable. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** Status of the progress against the expected progress. */
  status: IndicatorStatus;
};

/** Progress against the progress expected by today (see IndicatorProgress.expectedProgress): ON_TRACK at ≥ 90 % of it, AT_RISK at ≥ 60 %, OFF_TRACK below; ON_TRACK while nothing is expected yet. NO_DATA without an actual or a target, or when the progress is withheld because it is computed from small numbers you may not see. */
export type IndicatorStatus =
  /** At 60 % to 90 % of the progress expected by today. */
  | 'AT_RISK'
  /** No actual or no target, or the progress is withheld from you. */
  | 'NO_DATA'
  /** Below 60 % of the progress expected by today. */
  | 'OFF_TRACK'
  /** At 90 % or more of the progress expected by today, or nothing expected yet. */
  | 'ON_TRACK';

/** The report of one indicator for one reporting period: where it stands in the reporting cycle, the narrative, the evidence, and the decisions taken on it. Reports that are not approved are shown only to those who may act on them; others read NOT_REPORTED without content. */
export type IndicatorUpdate = {
  __typename?: 'IndicatorUpdate';
  /** When it was last approved or returned. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last approved or returned it. */
  decidedByName?: Maybe<Scalars['String']['output']>;
  /** When the results are due: the period's last day plus the project's due days. */
  dueDate: Scalars['LocalDate']['output'];
  /** Evidence files, oldest first. Those who do not act on the report see them once it is approved, as they see its content. Upload with `POST /evidence` (see the README). */
  files: Array<EvidenceFileView>;
  /** Stable identifier; null while nothing was reported for the period. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The indicator. */
  indicatorId: Scalars['ID']['output'];
  /** Evidence links. */
  links: Array<Scalars['String']['output']>;
  /** Why it is locked, e.g. "approved on 2026-12-03". */
  lockReason?: Maybe<Scalars['String']['output']>;
  /** Takes no change (values, narrative, evidence) until a manager unlocks it. */
  locked: Scalars['Boolean']['output'];
  /** What happened, and why it differs from the target. */
  narrative: Scalars['String']['output'];
  /** Due date passed and not submitted or approved. */
  overdue: Scalars['Boolean']['output'];
  /** The period. */
  period: ReportingPeriod;
  /** Why a manager returned it; empty unless returned. */
  returnReason: Scalars['String']['output'];
  /** Where the report stands. */
  state: UpdateState;
  /** When it was last submitted. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last submitted it. */
  submittedByName?: Maybe<Scalars['String']['output']>;
  /** Why a manager last unlocked it; empty if never. */
  unlockReason: Scalars['String']['output'];
  /** Version, to send back with a change; 0 while nothing was reported. */
  version: Scalars['Int']['output'];
};

/** Target and/or actual of one indicator in one period, for the total or one disaggregation value. Fields left out keep their stored value; null clears one. */
export type IndicatorValueInput = {
  /** The actual of the period; null clears it. */
  actual?: InputMaybe<Scalars['Float']['input']>;
  /** Qualitative indicators: what was achieved, in words. At most 2000 characters. */
  actualText?: InputMaybe<Scalars['String']['input']>;
  /** Value of the dimension, e.g. `female`; empty for the total. At most 100 characters. */
  category?: Scalars['String']['input'];
  /** At most 5000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** For RATIO indicators: the denominator of the actual. */
  denominator?: InputMaybe<Scalars['Float']['input']>;
  /** Disaggregation dimension; empty for the total. At most 100 characters. */
  dimension?: Scalars['String']['input'];
  /** Links to evidence (http or https). At most 20 items, each at most 2000 characters. */
  evidence?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The indicator. */
  indicatorId: Scalars['ID']['input'];
  /** For RATIO indicators: the numerator of the actual. */
  numerator?: InputMaybe<Scalars['Float']['input']>;
  /** The reporting period. */
  periodId: Scalars['ID']['input'];
  /** The target for the period; null clears it. */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** Qualitative indicators: the target, in words. At most 2000 characters. */
  targetText?: InputMaybe<Scalars['String']['input']>;
  /** The version of the value you read, or 0 when the cell was empty: if it changed (or was filled) since, the whole batch is refused with CONFLICT, and `extensions.conflicts` lists each changed cell with its current content. Left out, the value is written whatever it is now. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Target and actual of an indicator for one period, for the total (empty dimension) or one disaggregation value. */
export type IndicatorValueView = {
  __typename?: 'IndicatorValueView';
  /** Actual; null when suppressed. For those who may act on the report, the figure as entered (see `pending`); for everyone else, the approved figure. */
  actual?: Maybe<Scalars['Float']['output']>;
  /** The actual as shown: the number; "<5" for a suppressed period total; "suppressed" for every value of a dimension in a period where that dimension or the total holds a small number. */
  actualDisplay?: Maybe<Scalars['String']['output']>;
  /** Qualitative actual. */
  actualText?: Maybe<Scalars['String']['output']>;
  /** The approved actual, the one that counts; differs from `actual` while a change waits for approval (see `pending`). */
  approvedActual?: Maybe<Scalars['Float']['output']>;
  /** Qualitative indicators: the approved actual text. */
  approvedActualText?: Maybe<Scalars['String']['output']>;
  /** Value of the dimension; empty for the total. */
  category: Scalars['String']['output'];
  /** Comment of the reporter. */
  comment: Scalars['String']['output'];
  /** Ratio indicators: denominator (hidden when suppressed). */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** Disaggregation dimension; empty for the total. */
  dimension: Scalars['String']['output'];
  /** Links to evidence. */
  evidence: Array<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Ratio indicators: numerator (hidden when suppressed). */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** The figures shown are not approved yet, so they do not count in progress, summaries or exports. Only those who may act on the report (the managers of the project and the responsible partner) read figures before approval; everyone else reads the approved ones. */
  pending: Scalars['Boolean']['output'];
  /** The period. */
  period: ReportingPeriod;
  /** The actual is hidden from you: a sensitive indicator's period total of 1–4 (more than 0, less than 5), or a value of a dimension in a period where the total or any value of that dimension is that small. Whole dimensions are hidden so that a small value cannot be worked out from the total and the other values. */
  suppressed: Scalars['Boolean']['output'];
  /** Target. */
  target?: Maybe<Scalars['Float']['output']>;
  /** Qualitative target. */
  targetText?: Maybe<Scalars['String']['output']>;
  /** Version, to send back with a change. */
  version: Scalars['Int']['output'];
};

/** Which knowledge items to list. Every condition given must hold. */
export type KnowledgeFilter = {
  /** Only items written by this organisation. */
  authorOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only items about this country (ISO code). At most 50 characters. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only items in this focus area (its code). At most 50 characters. */
  focusArea?: InputMaybe<Scalars['String']['input']>;
  /** Only items of this kind. */
  kind?: InputMaybe<KnowledgeKind>;
  /** Only items linked to this project. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Words to find in the title, summary and body, in web search syntax: `"exact phrase"`, `or`, `-excluded`. Words match their other forms ("borders" finds "border"). At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A best practice or lesson learned of the knowledge network, with the projects, focus areas and countries it concerns. */
export type KnowledgeItem = {
  __typename?: 'KnowledgeItem';
  /** The organisation that wrote it, where known. */
  authorOrganisation?: Maybe<OrganisationName>;
  /** The full text, in Markdown. Render it with a Markdown renderer and sanitise the HTML it produces. */
  body: Scalars['String']['output'];
  /** Whether you may change and delete knowledge items (administrators and programme managers). */
  canEdit: Scalars['Boolean']['output'];
  /** Countries it concerns, by name. */
  countries: Array<Country>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Focus areas it concerns, by name. */
  focusAreas: Array<FocusArea>;
  /** The title, with the words searched for marked. */
  highlightedTitle: Array<TextFragment>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Best practice or lesson learned. */
  kind: KnowledgeKind;
  /** Projects it comes from or concerns, by title: only those you may see. */
  projects: Array<ProjectName>;
  /** When it was published. */
  publishedOn: Scalars['LocalDate']['output'];
  /** How well it matches the words searched for (higher is better); null when no words were searched. */
  rank?: Maybe<Scalars['Float']['output']>;
  /** An excerpt of the summary and body around the words searched for, with those words marked; empty when no words were searched. */
  snippet: Array<TextFragment>;
  /** A short summary, as plain text. */
  summary: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** A best practice or lesson learned, whole: an update replaces every field. */
export type KnowledgeItemInput = {
  /** The organisation that wrote it; empty or null for none. */
  authorOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The full text, in Markdown. At most 20000 characters. */
  body?: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country codes. At most 100 items, each at most 50 characters. */
  countries?: Array<Scalars['String']['input']>;
  /** Focus area codes. At most 100 items, each at most 50 characters. */
  focusAreas?: Array<Scalars['String']['input']>;
  /** Best practice or lesson learned. */
  kind: KnowledgeKind;
  /** Projects it comes from or concerns. At most 100 items. */
  projectIds?: Array<Scalars['ID']['input']>;
  /** When it was published. */
  publishedOn: Scalars['LocalDate']['input'];
  /** A short summary, as plain text. At most 2000 characters. */
  summary: Scalars['String']['input'];
  /** Title. At most 500 characters. */
  title: Scalars['String']['input'];
};

/** One page of knowledge items. */
export type KnowledgeItemPage = {
  __typename?: 'KnowledgeItemPage';
  /**
   * Whether another page follows.
   * @deprecated Use pageInfo.hasNextPage.
   */
  hasNextPage: Scalars['Boolean']['output'];
  /** The items on this page, in the order asked for (by default best match first when words were searched, then newest first). */
  items: Array<KnowledgeItem>;
  /** Whether another page follows, and the cursor to get it (pass `pageInfo.endCursor` as `after`). */
  pageInfo: PageInfo;
  /** How many items match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** What a knowledge item records. */
export type KnowledgeKind =
  /** A way of working that proved itself and is worth repeating. */
  | 'BEST_PRACTICE'
  /** What a project learned, often from what did not work, and what it would do differently. */
  | 'LESSON_LEARNED';

/** What the knowledge list is sorted by; the id breaks ties. */
export type KnowledgeOrderField =
  /** By publication date; naturally newest first. */
  | 'PUBLISHED_ON'
  /** Best match first when words are searched, then by publication date; naturally descending (best and newest first). Without words, as PUBLISHED_ON. */
  | 'RELEVANCE'
  /** By title; naturally A to Z. */
  | 'TITLE';

/** An international legal instrument whose implementation projects support (UNTOC and its Protocols, UNCAC, the drug-control conventions, the instruments against terrorism). */
export type LegalInstrument = {
  __typename?: 'LegalInstrument';
  /** Date of adoption (ISO date), where known. */
  adopted?: Maybe<Scalars['String']['output']>;
  /** Stable code, e.g. `UNTOC_TIP`. */
  code: Scalars['String']['output'];
  /** Family of instruments: UNTOC, UNCAC, DRUGS or TERRORISM. */
  family: Scalars['String']['output'];
  /** Full title. */
  name: Scalars['String']['output'];
  /** Short name or acronym. */
  shortName: Scalars['String']['output'];
};

/** The logframe of a project: its results chain in reading order and its reporting periods. */
export type Logframe = {
  __typename?: 'Logframe';
  /** Whether you may edit the logframe: nodes, indicators, targets. */
  canEdit: Scalars['Boolean']['output'];
  /** All nodes in reading order (depth first): 1, 1.1, 1.1.1, 1.2 … */
  nodes: Array<ResultNode>;
  /** Reporting periods, oldest first. */
  periods: Array<ReportingPeriod>;
  /** The project. */
  projectId: Scalars['ID']['output'];
  /** Approved revisions, newest first. */
  revisions: Array<LogframeRevision>;
};

/** What changed between two versions of a logframe. */
export type LogframeDiffType = {
  __typename?: 'LogframeDiffType';
  /** Indicators added. */
  addedIndicators: Array<IndicatorChangeType>;
  /** Nodes added. */
  addedNodes: Array<NodeChangeType>;
  /** Indicators whose fields changed. */
  changedIndicators: Array<IndicatorChangeType>;
  /** Nodes whose fields changed. */
  changedNodes: Array<NodeChangeType>;
  /** Targets that changed. */
  changedTargets: Array<TargetChangeType>;
  /** Nodes whose place (and so code) changed. */
  movedNodes: Array<NodeChangeType>;
  /** Indicators removed. */
  removedIndicators: Array<IndicatorChangeType>;
  /** Nodes removed. */
  removedNodes: Array<NodeChangeType>;
};

/** An approved snapshot of a logframe, to compare later versions with. */
export type LogframeRevision = {
  __typename?: 'LogframeRevision';
  /** When it was approved. */
  approvedAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Revision number within the project, from 1. */
  number: Scalars['Int']['output'];
  /** Why it was approved, e.g. "Mid-term review". */
  reason: Scalars['String']['output'];
};

/** A currency and the earliest date for which a figure needs a rate that is not known. */
export type MissingRate = {
  __typename?: 'MissingRate';
  /** The currency without a rate. */
  currency: Scalars['String']['output'];
  /** The earliest value date that needs a rate for it. */
  date: Scalars['LocalDate']['output'];
};

/** An amount in one currency, as an exact decimal string. */
export type Money = {
  __typename?: 'Money';
  /** Exact decimal, e.g. `125000.50`. */
  amount: Scalars['String']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

/** A sum of money records: in each original currency, and in the reporting currency. */
export type MoneyTotal = {
  __typename?: 'MoneyTotal';
  /** In the reporting currency: the sum of each record converted at its value date and rounded to the cent. Null when a rate is missing (see missingRates): a missing rate is never taken as 1 or 0. */
  amount?: Maybe<Scalars['String']['output']>;
  /** The sum in each original currency, by currency code. */
  byCurrency: Array<Money>;
  /** The reporting currency. */
  currency: Scalars['String']['output'];
  /** Currencies without a rate for some record, with the earliest such date. */
  missingRates: Array<MissingRate>;
};

/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Links a document to a project (administrators and the project's managers). */
  addDocument: Document;
  /** Adds an indicator to an impact, outcome or output. Managers of the project. */
  addIndicator: Indicator;
  /** Adds an organisation to a programme or project in an IATI role. CONFLICT if it already holds that role there. */
  addParticipation: Participation;
  /** Adds a node to a logframe. Managers of the project. */
  addResultNode: ResultNode;
  /** Approves reports, all or nothing: submitted ones, or drafts a manager wrote. The figures as entered become the counted ones, and the periods lock. Managers of the project. */
  approveIndicatorUpdates: Array<IndicatorUpdate>;
  /** Approves the logframe as it stands as a new revision, with the reason. Managers of the project. */
  approveLogframe: LogframeRevision;
  /** Archives an organisation: it stays on the records it is part of but leaves the lists. Administrators only. */
  archiveOrganisation: Organisation;
  /** Archives a programme: it leaves the lists but keeps its records. Administrators only. */
  archiveProgramme: Programme;
  /** Archives a project: it leaves the lists but keeps its records. */
  archiveProject: Project;
  /** Gives a user a role with its scope. Administrators only. */
  assignRole: RoleAssignment;
  /** Cancels an import that is not being written. Administrators only. */
  cancelIatiImport: IatiImport;
  /** Changes your own password; needs the current one. Ends your other sessions: every other browser signed in as you is signed out, this one stays. Your API tokens keep working; revoke one with `revokeApiToken`. An administrator's `resetPassword` ends every session and revokes the tokens too. */
  changePassword: User;
  /** Imports a previewed file (READY, or FAILED to try again): queues it for the worker, which writes it in one transaction. Activities are matched by IATI identifier, so importing the same file again updates and creates nothing twice. Administrators only. */
  commitIatiImport: IatiImport;
  /** Creates an API token for yourself. It never has more rights than you have. */
  createApiToken: CreatedApiToken;
  /** Adds a budget line to a project (administrators and the project's managers). */
  createBudget: BudgetLine;
  /** Records a donor's contribution to a programme's fund or to a project (administrators and their managers). */
  createContribution: ContributionRecord;
  /** Adds a best practice or lesson learned (administrators and programme managers). */
  createKnowledgeItem: KnowledgeItem;
  /** Adds an organisation (administrators and programme managers). */
  createOrganisation: Organisation;
  /** Creates a joint programme; its lead agency becomes an accountable participant. Administrators only. */
  createProgramme: Programme;
  /** Adds a programme indicator to a programme. Administrators and the managers of the programme. */
  createProgrammeIndicator: ProgrammeIndicator;
  /** Creates a project in a programme (administrators and the programme's managers). */
  createProject: Project;
  /** Records a transaction. Managers record any; a partner reporter records expenditure on the outputs its organisation is responsible for. */
  createTransaction: TransactionRecord;
  /** Adds a trend note (administrators and programme managers). */
  createTrendNote: TrendNote;
  /** Creates a user. Administrators only. */
  createUser: CreatedUser;
  /** Removes a budget line and returns its id. */
  deleteBudget: Scalars['ID']['output'];
  /** Removes a contribution and returns its id; incoming funds recorded against it stay, without the link. */
  deleteContribution: Scalars['ID']['output'];
  /** Removes an exchange rate and returns its id (administrators). */
  deleteExchangeRate: Scalars['ID']['output'];
  /** Deletes an indicator with its values. */
  deleteIndicator: Scalars['ID']['output'];
  /** Deletes a knowledge item and its links, and returns its id (administrators and programme managers). */
  deleteKnowledgeItem: Scalars['ID']['output'];
  /** Deletes a programme indicator; its project indicators are unlinked and keep their figures. Administrators and the managers of the programme. */
  deleteProgrammeIndicator: Scalars['ID']['output'];
  /** Deletes a node with its whole subtree, their indicators and values; returns the ids deleted. */
  deleteResultNode: Array<Scalars['ID']['output']>;
  /** Removes a transaction (and any reversal of it) and returns its id. */
  deleteTransaction: Scalars['ID']['output'];
  /** Deletes a trend note and returns its id (administrators and programme managers). */
  deleteTrendNote: Scalars['ID']['output'];
  /** Records many transactions at once, e.g. rows of a spreadsheet: all of them, or none when any row is refused; problems are named `rows.<row>.<field>`, counting from 0. At most 2000 items. */
  importTransactions: Array<TransactionRecord>;
  /** Links a project indicator to a programme indicator of its project's programme, so that its figures roll up. Refused with BAD_USER_INPUT at `programmeIndicatorId` when the programme indicator is of another programme, in another measure or unit, or pools a ratio the indicator does not record, and for a qualitative indicator. Managers of the project. */
  linkIndicator: Indicator;
  /** Marks the caller's notifications read: those named in `ids`, or all of them with `all: true`. Returns how many stay unread. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Moves a node (with its subtree) under another parent, or to the top, at a position among its new siblings. Codes are renumbered; levels follow the new parent. */
  moveResultNode: ResultNode;
  /** Reads an uploaded .xlsx (first sheet) or .csv file into text, to map its columns before importTransactions. Nothing is stored. At most 750 kB, 5000 data rows and 100 columns; a file over a limit or not readable is refused with BAD_USER_INPUT. */
  readSpreadsheet: Spreadsheet;
  /** Removes a document link and returns its id. */
  removeDocument: Scalars['ID']['output'];
  /** Removes an evidence file. Reporters and managers, while the report is neither submitted nor locked (CONFLICT otherwise). */
  removeEvidenceFile: Scalars['Boolean']['output'];
  /** Removes a participation and returns its id. */
  removeParticipation: Scalars['ID']['output'];
  /** Takes a role away from a user. Administrators only. */
  removeRole: Scalars['ID']['output'];
  /** Gives a user a new one-time password, returned once, ends all its sessions (it is signed out everywhere) and revokes all its API tokens. Administrators only. */
  resetPassword: Scalars['String']['output'];
  /** Brings an archived organisation back into the lists. */
  restoreOrganisation: Organisation;
  /** Brings an archived programme back into the lists. */
  restoreProgramme: Programme;
  /** Brings an archived project back into the lists. */
  restoreProject: Project;
  /** Returns a submitted report to its reporters with the reason, to be fixed and resubmitted. Managers of the project. */
  returnIndicatorUpdate: IndicatorUpdate;
  /** Revokes one of your API tokens at once. */
  revokeApiToken: ApiToken;
  /** Writes the narrative and evidence links of a report; opens a draft when nothing was reported. Refused (CONFLICT) while it is submitted or locked. */
  saveIndicatorUpdate: IndicatorUpdate;
  /** Sets the rate of a currency into the reporting currency from a date, replacing one of the same date (administrators). */
  setExchangeRate: ExchangeRateRecord;
  /** Publishes a programme and its projects as IATI activities at a public URL that anyone may read without signing in (`iatiPublicationUrl`), or withdraws them. Administrators and the managers of the programme. */
  setIatiPublication: Programme;
  /** Sets targets and actuals for many indicators, periods and disaggregations in one go, all or nothing. Managers set everything; partner reporters set actuals, comments and evidence on the nodes their organisation is responsible for. */
  setIndicatorValues: Array<IndicatorValueView>;
  /** Replaces a project's IATI policy markers (administrators and the project's managers). Each marker code at most once. */
  setPolicyMarkers: Array<PolicyMarker>;
  /** Sets the reporting calendar over the project’s planned dates; periods holding values are kept. Managers of the project. */
  setReportingCalendar: Array<ReportingPeriod>;
  /** Sets the project's reporting lock date and due days. Managers of the project. */
  setReportingRules: Project;
  /** Signs in with email and password and sets the session cookie. RATE_LIMITED after repeated failures. */
  signIn: User;
  /** Ends the current session and clears its cookie. */
  signOut: Scalars['Boolean']['output'];
  /** Submits reports for approval, all or nothing. Each needs a result or a narrative. Partner reporters (their nodes) and managers. */
  submitIndicatorUpdates: Array<IndicatorUpdate>;
  /** Unlinks a project indicator from its programme indicator; its figures stop rolling up. Managers of the project. */
  unlinkIndicator: Indicator;
  /** Unlocks a locked report with the reason, which the history keeps: an approved one goes back to draft (its approved figures count until the next approval), one held by the lock date is reopened. Managers of the project. */
  unlockIndicatorUpdate: IndicatorUpdate;
  /** Changes a budget line. Give `version` to be refused with CONFLICT if someone changed it since you read it. */
  updateBudget: BudgetLine;
  /** Changes a contribution. Give `version` to be refused with CONFLICT if someone changed it since you read it. */
  updateContribution: ContributionRecord;
  /** Changes a document link. */
  updateDocument: Document;
  /** Changes an indicator. A change of measure, aggregation or dimensions that would orphan stored values is refused with the reason. Give `version` to detect concurrent edits. */
  updateIndicator: Indicator;
  /** Replaces a knowledge item with the input (administrators and programme managers). Give `version` to be refused with CONFLICT if someone changed it since you read it. */
  updateKnowledgeItem: KnowledgeItem;
  /** Changes an organisation (administrators only). Give `version` to be refused with CONFLICT if someone changed it since you read it. */
  updateOrganisation: Organisation;
  /** Changes a programme (administrators and its managers). Give `version` to be refused with CONFLICT if someone changed it since you read it. */
  updateProgramme: Programme;
  /** Changes a programme indicator. A change of measure, unit or aggregation that its linked project indicators would no longer fit is refused at that field. Administrators and the managers of the programme. */
  updateProgrammeIndicator: ProgrammeIndicator;
  /** Changes a project (administrators and the managers of the project or its programme). Give `version` to be refused with CONFLICT if someone changed it since you read it. */
  updateProject: Project;
  /** Changes a node. Give `version`: a stale one is refused with CONFLICT and the current state. */
  updateResultNode: ResultNode;
  /** Changes a transaction. Give `version` to be refused with CONFLICT if someone changed it since you read it. */
  updateTransaction: TransactionRecord;
  /** Replaces a trend note with the input (administrators and programme managers). Give `version` to be refused with CONFLICT if someone changed it since you read it. */
  updateTrendNote: TrendNote;
  /** Changes a user, or deactivates it with `active: false`: that ends its sessions, and its API tokens are refused while it is inactive. Administrators only. */
  updateUser: User;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationAddDocumentArgs = {
  input: DocumentInput;
  projectId: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationAddIndicatorArgs = {
  input: IndicatorInput;
  nodeId: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationAddParticipationArgs = {
  input: ParticipationInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationAddResultNodeArgs = {
  input: ResultNodeInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationApproveIndicatorUpdatesArgs = {
  projectId: Scalars['ID']['input'];
  updates: Array<UpdateRefInput>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationApproveLogframeArgs = {
  projectId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationArchiveOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationArchiveProgrammeArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationArchiveProjectArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationAssignRoleArgs = {
  input: RoleInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCancelIatiImportArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCommitIatiImportArgs = {
  id: Scalars['ID']['input'];
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCreateApiTokenArgs = {
  input: ApiTokenInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCreateBudgetArgs = {
  input: BudgetInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCreateContributionArgs = {
  input: ContributionInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCreateKnowledgeItemArgs = {
  input: KnowledgeItemInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCreateOrganisationArgs = {
  input: OrganisationInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCreateProgrammeArgs = {
  input: ProgrammeInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCreateProgrammeIndicatorArgs = {
  input: ProgrammeIndicatorInput;
  programmeId: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCreateProjectArgs = {
  input: ProjectInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCreateTransactionArgs = {
  input: TransactionInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCreateTrendNoteArgs = {
  input: TrendNoteInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationCreateUserArgs = {
  input: UserInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationDeleteBudgetArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationDeleteContributionArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationDeleteExchangeRateArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationDeleteIndicatorArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationDeleteKnowledgeItemArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationDeleteProgrammeIndicatorArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationDeleteResultNodeArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationDeleteTransactionArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationDeleteTrendNoteArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationImportTransactionsArgs = {
  rows: Array<TransactionInput>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationLinkIndicatorArgs = {
  indicatorId: Scalars['ID']['input'];
  programmeIndicatorId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationMarkNotificationsReadArgs = {
  all?: Scalars['Boolean']['input'];
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationMoveResultNodeArgs = {
  id: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position: Scalars['Int']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationReadSpreadsheetArgs = {
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationRemoveDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationRemoveEvidenceFileArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationRemoveParticipationArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationRemoveRoleArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationResetPasswordArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationRestoreOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationRestoreProgrammeArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationRestoreProjectArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationReturnIndicatorUpdateArgs = {
  input: ReasonInput;
  projectId: Scalars['ID']['input'];
  update: UpdateRefInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationSaveIndicatorUpdateArgs = {
  input: UpdateContentInput;
  projectId: Scalars['ID']['input'];
  update: UpdateRefInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationSetExchangeRateArgs = {
  input: ExchangeRateInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationSetIatiPublicationArgs = {
  programmeId: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationSetIndicatorValuesArgs = {
  projectId: Scalars['ID']['input'];
  values: Array<IndicatorValueInput>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationSetPolicyMarkersArgs = {
  markers: Array<PolicyMarkerInput>;
  projectId: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationSetReportingCalendarArgs = {
  frequency: Frequency;
  projectId: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationSetReportingRulesArgs = {
  input: ReportingRulesInput;
  projectId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationSubmitIndicatorUpdatesArgs = {
  projectId: Scalars['ID']['input'];
  updates: Array<UpdateRefInput>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUnlinkIndicatorArgs = {
  indicatorId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUnlockIndicatorUpdateArgs = {
  input: ReasonInput;
  projectId: Scalars['ID']['input'];
  update: UpdateRefInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateBudgetArgs = {
  id: Scalars['ID']['input'];
  input: BudgetInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateContributionArgs = {
  id: Scalars['ID']['input'];
  input: ContributionInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateDocumentArgs = {
  id: Scalars['ID']['input'];
  input: DocumentInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateIndicatorArgs = {
  id: Scalars['ID']['input'];
  input: IndicatorInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateKnowledgeItemArgs = {
  id: Scalars['ID']['input'];
  input: KnowledgeItemInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateOrganisationArgs = {
  id: Scalars['ID']['input'];
  input: OrganisationPatch;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateProgrammeArgs = {
  id: Scalars['ID']['input'];
  input: ProgrammePatch;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateProgrammeIndicatorArgs = {
  id: Scalars['ID']['input'];
  input: ProgrammeIndicatorInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateProjectArgs = {
  id: Scalars['ID']['input'];
  input: ProjectPatch;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateResultNodeArgs = {
  id: Scalars['ID']['input'];
  input: ResultNodePatch;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateTransactionArgs = {
  id: Scalars['ID']['input'];
  input: TransactionInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateTrendNoteArgs = {
  id: Scalars['ID']['input'];
  input: TrendNoteInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between 1900-01-01 and 2100-12-31. */
export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UserPatch;
};

/** What waits on the caller in the reporting cycle. A partner reporter reports on the indicators of the nodes its organisation is responsible for; a manager approves its projects' submitted reports and reports on the indicators no organisation is responsible for. Only periods that have ended or end within 14 days, inside the project's dates and not locked, count. The lists do not overlap; each shows at most 200, oldest due date first. */
export type MyReporting = {
  __typename?: 'MyReporting';
  /** Submitted, waiting for the caller (a manager of the project) to approve or return it; oldest submission first. */
  awaitingApproval: Array<ReportingTask>;
  /** Not reported yet, or a draft, and past the due date. */
  overdue: Array<ReportingTask>;
  /** Returned by a manager with the reason, to fix and resubmit. */
  returned: Array<ReportingTask>;
  /** Not reported yet, or a draft, and not yet due. */
  toReport: Array<ReportingTask>;
  /** How many each list holds in all. */
  totals: ReportingTotals;
};

/** A node that was added, removed, moved or changed between two versions of a logframe. */
export type NodeChangeType = {
  __typename?: 'NodeChangeType';
  /** Changed fields. */
  changes: Array<FieldChangeType>;
  /** Code before; null when added. */
  fromCode?: Maybe<Scalars['String']['output']>;
  /** Node id. */
  id: Scalars['ID']['output'];
  /** Its statement (the later one). */
  statement: Scalars['String']['output'];
  /** Code after; null when removed. */
  toCode?: Maybe<Scalars['String']['output']>;
};

/** Something the user should act on or know about in the reporting cycle. */
export type Notification = {
  __typename?: 'Notification';
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** SUBMITTED, RETURNED, APPROVED, UNLOCKED, DUE or OVERDUE. */
  kind: Scalars['String']['output'];
  /** Where in Accord to act on it, a path such as /projects/…/logframe?indicator=…. */
  link: Scalars['String']['output'];
  /** What happened, in a sentence or two. */
  message: Scalars['String']['output'];
  /** When the user marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Which of the caller's notifications to list. Every condition given must hold. */
export type NotificationFilter = {
  /** Only notifications of this kind: SUBMITTED, RETURNED, APPROVED, UNLOCKED, DUE or OVERDUE. At most 50 characters. */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Only unread notifications (true) or only read ones (false); both when omitted. */
  unread?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the notifications are sorted by; the id breaks ties. */
export type NotificationOrderField =
  /** By when the notification was written; naturally newest first. */
  | 'CREATED_AT';

/** One page of the caller's notifications, newest first unless asked otherwise; walk them with `pageInfo.endCursor` as `after`. */
export type NotificationPage = {
  __typename?: 'NotificationPage';
  /**
   * Pass as `after` to get the next page.
   * @deprecated Use pageInfo.endCursor.
   */
  endCursor?: Maybe<Scalars['String']['output']>;
  /**
   * Whether another page follows.
   * @deprecated Use pageInfo.hasNextPage.
   */
  hasNextPage: Scalars['Boolean']['output'];
  /** The notifications on this page, in the order asked for. */
  items: Array<Notification>;
  /** Whether another page follows, and the cursor to get it. */
  pageInfo: PageInfo;
  /** How many of the caller’s notifications match the filter in all. */
  totalCount: Scalars['Int']['output'];
  /** How many of all the caller’s notifications are unread. */
  unreadCount: Scalars['Int']['output'];
};

/** An organisation that leads, funds or implements programmes and projects. */
export type Organisation = {
  __typename?: 'Organisation';
  /** Acronym, e.g. `UNODC`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** When the record was archived; archived records are left out of lists unless asked for. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Country of the organisation; empty for international bodies. */
  country?: Maybe<Country>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** IATI organisation identifier, e.g. `XM-DAC-41147`. Unique. */
  iatiRef?: Maybe<Scalars['String']['output']>;
  /** IATI OrganisationType code, e.g. `40` multilateral, `10` government. */
  iatiType?: Maybe<Scalars['String']['output']>;
  /** Name of its IATI organisation type. */
  iatiTypeName?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What kind of body it is. */
  kind: OrganisationKind;
  /** Full name. */
  name: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** One page of organisations; walk the list with `pageInfo.endCursor` as `after`. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The organisations on this page, in the order asked for. */
  items: Array<Organisation>;
  /** Whether another page follows, and the cursor to get it. */
  pageInfo: PageInfo;
  /** How many organisations match the filter in all (of those you may read). */
  totalCount: Scalars['Int']['output'];
};

/** Which organisations to list. */
export type OrganisationFilter = {
  /** Include archived organisations. */
  includeArchived?: Scalars['Boolean']['input'];
  /** Only this kind. */
  kind?: InputMaybe<OrganisationKind>;
  /** Words to find in the name or acronym. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only organisations whose record changed at or after this instant (their `updatedAt`). */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A new organisation. */
export type OrganisationInput = {
  /** Acronym. At most 40 characters. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 code of its country; empty for international bodies. At most 2 characters. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** IATI organisation identifier; must be unique. At most 100 characters. */
  iatiRef?: InputMaybe<Scalars['String']['input']>;
  /** IATI OrganisationType code. At most 50 characters. */
  iatiType?: InputMaybe<Scalars['String']['input']>;
  /** What kind of body it is. */
  kind: OrganisationKind;
  /** Full name. At most 255 characters. */
  name: Scalars['String']['input'];
};

/** What kind of body an organisation is. */
export type OrganisationKind =
  /** A university or research institute. */
  | 'ACADEMIC'
  /** A donor: a government aid agency, a multilateral fund or a foundation. */
  | 'DONOR'
  /** A ministry or other government body. */
  | 'GOVERNMENT'
  /** Police, prosecution, customs, border or prison service. */
  | 'LAW_ENFORCEMENT'
  /** A non-governmental or civil-society organisation. */
  | 'NGO'
  /** A UN entity, fund or programme. */
  | 'UN_ENTITY';

/** An organisation named by a money record. */
export type OrganisationName = {
  __typename?: 'OrganisationName';
  /** Acronym, where it has one. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
};

/** What the organisation list is sorted by; the id breaks ties. */
export type OrganisationOrderField =
  /** By when the record was created; naturally newest first. */
  | 'CREATED_AT'
  /** By name; naturally A to Z. */
  | 'NAME'
  /** By when the record last changed; naturally newest first. */
  | 'UPDATED_AT';

/** Changes to an organisation: only the fields given are changed. */
export type OrganisationPatch = {
  /** At most 40 characters. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** At most 2 characters. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** At most 100 characters. */
  iatiRef?: InputMaybe<Scalars['String']['input']>;
  /** At most 50 characters. */
  iatiType?: InputMaybe<Scalars['String']['input']>;
  /** What kind of body it is. */
  kind?: InputMaybe<OrganisationKind>;
  /** At most 255 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A logframe output named by a money record. */
export type OutputName = {
  __typename?: 'OutputName';
  /** Stable identifier of the logframe node. */
  id: Scalars['ID']['output'];
  /** What the output delivers. */
  statement: Scalars['String']['output'];
};

/** Where a page stands in its list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page: pass it as `after` to get the next page. Null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An organisation taking part in a programme or project in one IATI role (1 funding, 2 accountable, 3 extending, 4 implementing). */
export type Participation = {
  __typename?: 'Participation';
  /** When the record was archived; archived records are left out of lists unless asked for. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The participating organisation. */
  organisation: Organisation;
  /** IATI OrganisationRole code: 1 funding, 2 accountable, 3 extending, 4 implementing. */
  role: Scalars['String']['output'];
  /** Name of the IATI organisation role. */
  roleName: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** An organisation joining a programme or a project in an IATI role. Give exactly one of programmeId and projectId. */
export type ParticipationInput = {
  /** The organisation. */
  organisationId: Scalars['ID']['input'];
  /** The programme, when joining a programme. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** The project, when joining a project. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** IATI OrganisationRole code: 1 funding, 2 accountable, 3 extending, 4 implementing. At most 50 characters. */
  role: Scalars['String']['input'];
};

/** An IATI policy marker of a project (OECD DAC vocabulary), e.g. `1` gender equality, `2` aid to environment, `7` participatory development, `3` democratic governance, with its significance. */
export type PolicyMarker = {
  __typename?: 'PolicyMarker';
  /** IATI PolicyMarker code, 1–12. */
  code: Scalars['String']['output'];
  /** IATI PolicySignificance code: 0 not targeted, 1 significant objective, 2 principal objective, 3 principal objective and in support of an action programme, 4 explicit primary objective. */
  significance: Scalars['String']['output'];
};

/** A policy marker of a project and its significance. */
export type PolicyMarkerInput = {
  /** IATI PolicyMarker code, 1–12. At most 50 characters. */
  code: Scalars['String']['input'];
  /** IATI PolicySignificance code, 0–4. At most 50 characters. */
  significance: Scalars['String']['input'];
};

/** The figures of a part of the portfolio: one row of a breakdown, or the totals. */
export type PortfolioFigures = {
  __typename?: 'PortfolioFigures';
  /** Budget (revised lines replace original ones) in the reporting currency, as an exact decimal; null when a record lacks an exchange rate (see missingRates). */
  budget?: Maybe<Scalars['String']['output']>;
  /** Signed and paid contributions in the reporting currency, as an exact decimal; null when a record lacks an exchange rate (see missingRates). */
  contributions?: Maybe<Scalars['String']['output']>;
  /** Spent ÷ budget (0.42 = 42 %); null without a budget. */
  deliveryRate?: Maybe<Scalars['Float']['output']>;
  /** Budget not covered by contributions (negative when over-funded) in the reporting currency, as an exact decimal; null when a record lacks an exchange rate (see missingRates). */
  fundingGap?: Maybe<Scalars['String']['output']>;
  /** Indicators of the row's projects by status. */
  indicators: IndicatorPerformance;
  /** What the row is for: a focus area or legal instrument code, an ISO country code, a region, an organisation id, a status code, a year or an SDG target; `OTHER` for donors you see only together; empty for the totals. */
  key: Scalars['String']['output'];
  /** The name of what the row is for. */
  label: Scalars['String']['output'];
  /** Programmes with at least one activity in the row. */
  programmes: Scalars['Int']['output'];
  /** Projects in the row. */
  projects: Scalars['Int']['output'];
  /** Incoming funds received in the reporting currency, as an exact decimal; null when a record lacks an exchange rate (see missingRates). */
  received?: Maybe<Scalars['String']['output']>;
  /** Expenditure in the reporting currency, as an exact decimal; null when a record lacks an exchange rate (see missingRates). */
  spent?: Maybe<Scalars['String']['output']>;
};

/** Which part of the portfolio a summary covers. Every condition given must hold. */
export type PortfolioFilter = {
  /** Only activities in this country (ISO code); their money counts by the country's share. At most 50 characters. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only what this donor funds (IATI role 1 on the project or its programme). */
  donorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities in this focus area (code). At most 50 characters. */
  focusArea?: InputMaybe<Scalars['String']['input']>;
  /** Only programmes led by this organisation, and their projects. */
  leadAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes supporting this legal instrument (code), and their projects. At most 50 characters. */
  legalInstrument?: InputMaybe<Scalars['String']['input']>;
  /** Only activities in which this organisation takes part, in any role (on the project or its programme). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities in this region (Africa, Americas, Asia, Europe, Oceania); their money counts by the region's share. At most 50 characters. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Only programmes with this SDG target (e.g. `16.4`), and their projects. At most 50 characters. */
  sdgTarget?: InputMaybe<Scalars['String']['input']>;
  /** Only activities with this IATI activity status. At most 50 characters. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** From this year (1900–2100): activities running in the range, and money dated in it. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Up to this year (1900–2100), inclusive. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** Totals and breakdowns of the portfolio you read, as filtered, in the reporting currency. Money follows the finance figures' counting rule; every breakdown is summed in SQL from figures kept up to date with every change. */
export type PortfolioSummary = {
  __typename?: 'PortfolioSummary';
  /** By recipient country. Rows add up to the totals: money counts by recipient-country percentage (a programme fund evenly over its countries). */
  byCountry: Array<PortfolioFigures>;
  /** By donor: contributions and receipts from the donor, and the projects, budget, spending and indicators of what it funds. A donor reader sees other donors one by one only where a programme publishes its contributions, otherwise as "Other donors". A project counts fully in each of its rows, so rows may add up to more than the totals. */
  byDonor: Array<PortfolioFigures>;
  /** By focus area (projects' own, programme funds' by the programme's). A project counts fully in each of its rows, so rows may add up to more than the totals. */
  byFocusArea: Array<PortfolioFigures>;
  /** By the programme's lead agency. */
  byLeadAgency: Array<PortfolioFigures>;
  /** By the legal instruments the programme supports. A project counts fully in each of its rows, so rows may add up to more than the totals. */
  byLegalInstrument: Array<PortfolioFigures>;
  /** By region of the recipient countries. Rows add up to the totals: money counts by recipient-country percentage (a programme fund evenly over its countries). */
  byRegion: Array<PortfolioFigures>;
  /** By the programme's SDG targets. A project counts fully in each of its rows, so rows may add up to more than the totals. */
  bySdgTarget: Array<PortfolioFigures>;
  /** By IATI activity status. */
  byStatus: Array<PortfolioFigures>;
  /** By year: money dated in the year, and the activities running in it or with money in it. A project counts fully in each of its rows, so rows may add up to more than the totals. */
  byYear: Array<PortfolioFigures>;
  /** Currencies without an exchange rate for some record, with the earliest such date. */
  missingRates: Array<MissingRate>;
  /** The currency of every amount. */
  reportingCurrency: Scalars['String']['output'];
  /** Results by the year their reporting periods end, for trend charts (spending by year is `byYear`). */
  resultsByYear: Array<ResultsYear>;
  /** The whole of what the filters select. */
  totals: PortfolioTotals;
};

/** The totals of a portfolio summary, with its reach. */
export type PortfolioTotals = {
  __typename?: 'PortfolioTotals';
  /** Budget (revised lines replace original ones) in the reporting currency, as an exact decimal; null when a record lacks an exchange rate (see missingRates). */
  budget?: Maybe<Scalars['String']['output']>;
  /** Signed and paid contributions in the reporting currency, as an exact decimal; null when a record lacks an exchange rate (see missingRates). */
  contributions?: Maybe<Scalars['String']['output']>;
  /** Recipient countries of the projects and countries of the programmes. */
  countries: Scalars['Int']['output'];
  /** Spent ÷ budget (0.42 = 42 %); null without a budget. */
  deliveryRate?: Maybe<Scalars['Float']['output']>;
  /** Budget not covered by contributions (negative when over-funded) in the reporting currency, as an exact decimal; null when a record lacks an exchange rate (see missingRates). */
  fundingGap?: Maybe<Scalars['String']['output']>;
  /** Indicators of the row's projects by status. */
  indicators: IndicatorPerformance;
  /** What the row is for: a focus area or legal instrument code, an ISO country code, a region, an organisation id, a status code, a year or an SDG target; `OTHER` for donors you see only together; empty for the totals. */
  key: Scalars['String']['output'];
  /** The name of what the row is for. */
  label: Scalars['String']['output'];
  /** Organisations taking part other than as funders (accountable, extending or implementing). */
  partners: Scalars['Int']['output'];
  /** Programmes with at least one activity in the row. */
  programmes: Scalars['Int']['output'];
  /** Projects in the row. */
  projects: Scalars['Int']['output'];
  /** Incoming funds received in the reporting currency, as an exact decimal; null when a record lacks an exchange rate (see missingRates). */
  received?: Maybe<Scalars['String']['output']>;
  /** Expenditure in the reporting currency, as an exact decimal; null when a record lacks an exchange rate (see missingRates). */
  spent?: Maybe<Scalars['String']['output']>;
};

/** A joint programme run by several organisations under one lead agency. In IATI it is the parent activity of its projects. */
export type Programme = {
  __typename?: 'Programme';
  /** When the record was archived; archived records are left out of lists unless asked for. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether you may change the programme: its details, participants and projects. */
  canEdit: Scalars['Boolean']['output'];
  /** Contributions to the programme's fund and to its projects that you may see one by one. */
  contributions: Array<ContributionRecord>;
  /** Countries the programme works in. */
  countries: Array<Country>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it sets out to do. */
  description: Scalars['String']['output'];
  /** End date; never before the start date. */
  endDate: Scalars['LocalDate']['output'];
  /** The programme's money: its fund and its projects, with breakdowns and the money flow. */
  finance: Finance;
  /** Focus areas the programme works in. */
  focusAreas: Array<FocusArea>;
  /** What would make the IATI record of the programme or of one of its projects (those you may see) invalid (ERROR) or weak (WARNING). Empty: ready to publish. Meant for one programme at a time. */
  iatiCompliance: Array<IatiComplianceItem>;
  /** IATI activity identifier, unique across programmes and projects: letters, digits, `-`, `.` and `_` only. */
  iatiIdentifier: Scalars['String']['output'];
  /** The public address of the programme’s IATI XML while it is published (`iatiPublished`); null otherwise. */
  iatiPublicationUrl?: Maybe<Scalars['String']['output']>;
  /** Whether the programme and its projects are published as IATI activities at a public URL (see `iatiPublicationUrl`). Switched by `setIatiPublication`. */
  iatiPublished: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** True for the demonstration portfolio seeded into a new installation. */
  isDemo: Scalars['Boolean']['output'];
  /** The lead agency, accountable for the programme. */
  leadAgency: Organisation;
  /** Legal instruments whose implementation the programme supports. */
  legalInstruments: Array<LegalInstrument>;
  /** Organisations taking part in the programme, with their IATI roles. */
  participations: Array<Participation>;
  /** Number of projects that are not archived and that you may see. */
  projectCount: Scalars['Int']['output'];
  /** Projects of the programme that you may see, by title; archived ones only when asked for. */
  projects: Array<Project>;
  /** Whether every donor reading the programme sees each donor's contributions; otherwise a donor sees its own and the others only as one sum. */
  publishContributions: Scalars['Boolean']['output'];
  /** Programme-level result indicators, in the order they were added, each with the figures of its projects rolled up. Whoever reads the programme reads them. */
  resultIndicators: Array<ProgrammeIndicator>;
  /** SDG targets the programme contributes to. */
  sdgTargets: Array<SdgTarget>;
  /** DAC sectors with their percentages. */
  sectors: Array<SectorShare>;
  /** Start date. */
  startDate: Scalars['LocalDate']['output'];
  /** IATI ActivityStatus code: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended. */
  status: Scalars['String']['output'];
  /** Name of the IATI activity status. */
  statusName: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Transactions of the programme's fund, newest first. */
  transactions: Array<TransactionRecord>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};


/** A joint programme run by several organisations under one lead agency. In IATI it is the parent activity of its projects. */
export type ProgrammeProjectsArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};


/** A joint programme run by several organisations under one lead agency. In IATI it is the parent activity of its projects. */
export type ProgrammeTransactionsArgs = {
  filter?: InputMaybe<TransactionFilter>;
};

/** How the figures of the contributing project indicators roll up into the programme's figure. */
export type ProgrammeAggregation =
  /** The mean of the projects’ figures, e.g. a share each project measures in its own country. */
  | 'AVERAGE'
  /** The highest of the projects’ figures. */
  | 'MAX'
  /** A pooled ratio: sum(numerators) / sum(denominators) over every period of every project (×100 for a percentage); only RATIO project indicators, which record both, contribute. */
  | 'RATIO'
  /** The sum of the projects’ figures, e.g. officials trained across the projects. */
  | 'SUM';

/** One page of programmes; walk the list with `pageInfo.endCursor` as `after`. */
export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  /** The programmes on this page, in the order asked for. */
  items: Array<Programme>;
  /** Whether another page follows, and the cursor to get it. */
  pageInfo: PageInfo;
  /** How many programmes match the filter in all (of those you may read). */
  totalCount: Scalars['Int']['output'];
};

/** A project indicator that contributes to a programme indicator, with its own figures as you may see them. */
export type ProgrammeContribution = {
  __typename?: 'ProgrammeContribution';
  /** Its baseline value. */
  baseline?: Maybe<Scalars['Float']['output']>;
  /** The project indicator. */
  indicator: Indicator;
  /** Its cumulative actual, end target, progress and status, masked as on the logframe. */
  progress: IndicatorProgress;
  /** The project. */
  project: Project;
  /** The project. */
  projectId: Scalars['ID']['output'];
};

/** Which programmes to list. */
export type ProgrammeFilter = {
  /** Only programmes working in this country (ISO code). At most 50 characters. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only programmes in this focus area. At most 50 characters. */
  focusArea?: InputMaybe<Scalars['String']['input']>;
  /** Include archived programmes. */
  includeArchived?: Scalars['Boolean']['input'];
  /** Words to find in the title, description or IATI identifier. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only programmes with this IATI status. At most 50 characters. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Only programmes whose own record changed at or after this instant (their `updatedAt`; a change to one of their projects does not count). */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A programme-level result indicator: what the programme measures across its projects. Project indicators that measure the same thing, in the same measure and unit, are linked to it, and their figures roll up by its aggregation rule. */
export type ProgrammeIndicator = {
  __typename?: 'ProgrammeIndicator';
  /** How the figures of the contributing project indicators roll up. */
  aggregation: ProgrammeAggregation;
  /** When the record was archived; archived records are left out of lists unless asked for. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Definition: what is counted and how, so that every project counts alike. */
  definition: Scalars['String']['output'];
  /** Whether higher or lower is better. */
  direction: Direction;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** IATI IndicatorMeasure: 1 unit, 2 percentage, 3 nominal, 4 ordinal. Qualitative indicators (5) do not roll up. */
  measure: Scalars['String']['output'];
  /** The programme. */
  programmeId: Scalars['ID']['output'];
  /** IATI result type: IMPACT, OUTCOME or OUTPUT; none when not said. */
  resultType?: Maybe<ResultLevel>;
  /** The figures of the linked project indicators rolled up, computed over the projects you may read only: a project you may not read neither shows nor counts in a total. */
  rollup: ProgrammeRollup;
  /** SDG indicator it relates to, e.g. `16.2.2`. */
  sdgIndicator?: Maybe<Scalars['String']['output']>;
  /** Title, e.g. "Criminal justice practitioners trained". */
  title: Scalars['String']['output'];
  /** Unit label, e.g. "officials" or "%". Only project indicators in this unit may be linked: figures in different units are never added. */
  unitLabel: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** A programme indicator: new, or changes to one (then only the fields given change). */
export type ProgrammeIndicatorInput = {
  /** How the projects’ figures roll up; default SUM. */
  aggregation?: InputMaybe<ProgrammeAggregation>;
  /** What is counted and how, so that every project counts alike. At most 20000 characters. */
  definition?: InputMaybe<Scalars['String']['input']>;
  /** Whether higher or lower is better; default INCREASE. */
  direction?: InputMaybe<Direction>;
  /** IATI IndicatorMeasure 1–4 (default 1); qualitative indicators do not roll up. At most 50 characters. */
  measure?: InputMaybe<Scalars['String']['input']>;
  /** IATI result type: IMPACT, OUTCOME or OUTPUT; null clears it. */
  resultType?: InputMaybe<ResultLevel>;
  /** SDG indicator, e.g. `16.2.2`; null or empty clears it. At most 20 characters. */
  sdgIndicator?: InputMaybe<Scalars['String']['input']>;
  /** Title, e.g. "Criminal justice practitioners trained". At most 500 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Unit label, e.g. "officials" or "%"; linked project indicators must count in the same unit. At most 100 characters. */
  unitLabel?: InputMaybe<Scalars['String']['input']>;
};

/** The programme indicator a project indicator contributes to. */
export type ProgrammeIndicatorLink = {
  __typename?: 'ProgrammeIndicatorLink';
  /** The programme indicator. */
  id: Scalars['ID']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A new joint programme. */
export type ProgrammeInput = {
  /** ISO codes of the countries the programme works in. At most 100 items, each at most 50 characters. */
  countries?: Array<Scalars['String']['input']>;
  /** What the programme sets out to do. At most 20000 characters. */
  description?: Scalars['String']['input'];
  /** End date. */
  endDate: Scalars['LocalDate']['input'];
  /** Focus area codes. At most 100 items, each at most 50 characters. */
  focusAreas?: Array<Scalars['String']['input']>;
  /** IATI activity identifier: letters, digits, `-`, `.` and `_`. At most 150 characters. */
  iatiIdentifier: Scalars['String']['input'];
  /** The lead agency; it becomes an accountable participant. */
  leadAgencyId: Scalars['ID']['input'];
  /** Legal instrument codes. At most 100 items, each at most 50 characters. */
  legalInstruments?: Array<Scalars['String']['input']>;
  /** SDG target codes, e.g. `16.3`. At most 100 items, each at most 50 characters. */
  sdgTargets?: Array<Scalars['String']['input']>;
  /** DAC sectors; percentages add up to 100 per vocabulary. At most 100 items. */
  sectors?: Array<SectorShareInput>;
  /** Start date. */
  startDate: Scalars['LocalDate']['input'];
  /** IATI ActivityStatus code. At most 50 characters. */
  status?: Scalars['String']['input'];
  /** Title. At most 500 characters. */
  title: Scalars['String']['input'];
};

/** A programme named by a money record. */
export type ProgrammeName = {
  __typename?: 'ProgrammeName';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** What the programme list is sorted by; the id breaks ties. */
export type ProgrammeOrderField =
  /** By start date; naturally earliest first. */
  | 'START_DATE'
  /** By title; naturally A to Z. */
  | 'TITLE'
  /** By when the record last changed; naturally newest first. */
  | 'UPDATED_AT';

/** Changes to a programme: only the fields given are changed; a list given replaces the stored list. */
export type ProgrammePatch = {
  /** At most 100 items, each at most 50 characters. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most 20000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End date. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** At most 100 items, each at most 50 characters. */
  focusAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most 150 characters. */
  iatiIdentifier?: InputMaybe<Scalars['String']['input']>;
  /** The lead agency; it becomes an accountable participant. */
  leadAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 100 items, each at most 50 characters. */
  legalInstruments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Whether every donor reading the programme sees each donor's contributions. */
  publishContributions?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 100 items, each at most 50 characters. */
  sdgTargets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most 100 items. */
  sectors?: InputMaybe<Array<SectorShareInput>>;
  /** Start date. */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** At most 50 characters. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A programme indicator's figures rolled up from its contributing project indicators, over the projects you may read (not archived), so that no total reveals a project you may not read. By the aggregation rule: SUM adds the projects' baselines, end targets and cumulative actuals, AVERAGE takes their means, MAX the highest; RATIO pools the cumulative actual as sum(numerators)/sum(denominators) over every period of every project and takes the means of the baselines and end targets. Each combines the projects that have one. Progress = (actual − baseline) / (end target − baseline), reversed for lower-is-better; the status compares it with the expected progress by the thresholds of IndicatorStatus. Figures in different units are never added: only indicators in the programme indicator's measure and unit count. When a contributing sensitive indicator's figure is withheld from you, the rolled-up actual, progress and status are withheld too. */
export type ProgrammeRollup = {
  __typename?: 'ProgrammeRollup';
  /** The projects' baselines rolled up. */
  baseline?: Maybe<Scalars['Float']['output']>;
  /** Targets and actuals rolled up per year, oldest first. */
  byYear: Array<ProgrammeYearFigures>;
  /** Number of projects you may read that contribute a linked indicator. */
  contributingProjects: Scalars['Int']['output'];
  /** The contributing project indicators of projects you may read, by project title. */
  contributions: Array<ProgrammeContribution>;
  /** The cumulative actual rolled up; null when there is none or when it is withheld (see cumulativeActualDisplay). */
  cumulativeActual?: Maybe<Scalars['Float']['output']>;
  /** The cumulative actual as shown: the number; "suppressed" when a contributing sensitive indicator's figure is withheld from you; "<5" when the rolled-up figure is 1–4 and a contributor is sensitive. */
  cumulativeActualDisplay?: Maybe<Scalars['String']['output']>;
  /** The projects' end targets rolled up. */
  endTarget?: Maybe<Scalars['Float']['output']>;
  /** Share of the way expected by today: what each project was expected to reach by today (see IndicatorProgress.expectedProgress), rolled up by the same rule, as a share of the rolled-up way; never below 0. */
  expectedProgress?: Maybe<Scalars['Float']['output']>;
  /** Share of the way from the rolled-up baseline to the rolled-up end target reached; 1 = reached. Null when withheld or not computable. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** Status of the progress against the expected progress; NO_DATA when withheld. */
  status: IndicatorStatus;
};

/** The rolled-up target and actual of a programme indicator in one year, for trend charts. */
export type ProgrammeYearFigures = {
  __typename?: 'ProgrammeYearFigures';
  /** The projects' actuals for the year, rolled up; null when there is none or when it is withheld (see actualDisplay). */
  actual?: Maybe<Scalars['Float']['output']>;
  /** The actual as shown: the number; "suppressed" when a contributing sensitive indicator has a period total of that year masked for you; "<5" when the rolled-up figure is 1–4 and a contributor is sensitive. */
  actualDisplay?: Maybe<Scalars['String']['output']>;
  /** The projects' targets for the year, each by its own indicator's aggregation, rolled up (RATIO: their mean). */
  target?: Maybe<Scalars['Float']['output']>;
  /** The year; a period counts in the year it starts in. */
  year: Scalars['Int']['output'];
};

/** A project: a child activity of a programme, with its own partners, countries, sectors and documents. */
export type Project = {
  __typename?: 'Project';
  /** Actual end date, once ended; never before the actual start. */
  actualEnd?: Maybe<Scalars['LocalDate']['output']>;
  /** Actual start date, once started. */
  actualStart?: Maybe<Scalars['LocalDate']['output']>;
  /** When the record was archived; archived records are left out of lists unless asked for. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Budget lines, by period. */
  budgets: Array<BudgetLine>;
  /** Whether you may change the project: its details, participants, documents and logframe. */
  canEdit: Scalars['Boolean']['output'];
  /** Contributions tightly earmarked to the project that you may see one by one. */
  contributions: Array<ContributionRecord>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it sets out to do. */
  description: Scalars['String']['output'];
  /** Documents linked to the project. */
  documents: Array<Document>;
  /** The project's money, with the transfers the programme's fund made for it. */
  finance: Finance;
  /** Focus areas of the project. */
  focusAreas: Array<FocusArea>;
  /** What would make the IATI record of the project invalid (ERROR) or weak (WARNING). Empty: ready to publish. Meant for one project at a time. */
  iatiCompliance: Array<IatiComplianceItem>;
  /** IATI activity identifier, unique across programmes and projects: letters, digits, `-`, `.` and `_` only. */
  iatiIdentifier: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Staff-only notes; visible to administrators and the project's managers, null for everyone else. */
  internalNotes?: Maybe<Scalars['String']['output']>;
  /** True for the demonstration portfolio seeded into a new installation. */
  isDemo: Scalars['Boolean']['output'];
  /** Best practices and lessons learned linked to the project, newest first. */
  knowledge: Array<KnowledgeItem>;
  /** Organisations taking part in the project, with their IATI roles. */
  participations: Array<Participation>;
  /** Planned end date; never before the planned start. */
  plannedEnd: Scalars['LocalDate']['output'];
  /** Planned start date. */
  plannedStart: Scalars['LocalDate']['output'];
  /** IATI policy markers of the project, by code; exported in its IATI record. */
  policyMarkers: Array<PolicyMarker>;
  /** The programme the project belongs to. */
  programme: Programme;
  /** Recipient countries with their percentages. */
  recipientCountries: Array<RecipientCountry>;
  /** Days after the end of a period by which its results are due (the reporting calendar). */
  reportingDueDays: Scalars['Int']['output'];
  /** Reporting lock date: periods that end on or before it take no more changes unless a manager unlocks them. */
  reportingLockDate?: Maybe<Scalars['LocalDate']['output']>;
  /** DAC sectors with their percentages. */
  sectors: Array<SectorShare>;
  /** IATI ActivityStatus code: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended. */
  status: Scalars['String']['output'];
  /** Name of the IATI activity status. */
  statusName: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Transactions of the project, newest first. */
  transactions: Array<TransactionRecord>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};


/** A project: a child activity of a programme, with its own partners, countries, sectors and documents. */
export type ProjectTransactionsArgs = {
  filter?: InputMaybe<TransactionFilter>;
};

/** One page of projects; walk the list with `pageInfo.endCursor` as `after`. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /**
   * Pass as `after` to get the next page.
   * @deprecated Use pageInfo.endCursor.
   */
  endCursor?: Maybe<Scalars['String']['output']>;
  /**
   * Whether another page follows.
   * @deprecated Use pageInfo.hasNextPage.
   */
  hasNextPage: Scalars['Boolean']['output'];
  /** The projects on this page, in the order asked for. */
  items: Array<Project>;
  /** Whether another page follows, and the cursor to get it. */
  pageInfo: PageInfo;
  /** How many projects match the filter in all (of those you may read). */
  totalCount: Scalars['Int']['output'];
};

/** Which projects to list. Every condition given must hold. */
export type ProjectFilter = {
  /** Only projects with this recipient country (ISO code). At most 50 characters. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only projects in this focus area. At most 50 characters. */
  focusArea?: InputMaybe<Scalars['String']['input']>;
  /** Include archived projects. */
  includeArchived?: Scalars['Boolean']['input'];
  /** Only projects in which this organisation takes part, in any role. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects of this programme. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Words to find in the title, description or IATI identifier. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only projects with this IATI activity status. At most 50 characters. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Only projects whose own record changed at or after this instant (their `updatedAt`): to pull what changed since a date. Changes to a project’s logframe, finances or documents are in `projectHistory`. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A new project within a programme. */
export type ProjectInput = {
  /** Actual end date. */
  actualEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Actual start date. */
  actualStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** What the project does. At most 20000 characters. */
  description?: Scalars['String']['input'];
  /** Focus area codes. At most 100 items, each at most 50 characters. */
  focusAreas?: Array<Scalars['String']['input']>;
  /** IATI activity identifier: letters, digits, `-`, `.` and `_`. At most 150 characters. */
  iatiIdentifier: Scalars['String']['input'];
  /** Staff-only notes, shown to administrators and the project's managers only. At most 20000 characters. */
  internalNotes?: Scalars['String']['input'];
  /** Planned end date. */
  plannedEnd: Scalars['LocalDate']['input'];
  /** Planned start date. */
  plannedStart: Scalars['LocalDate']['input'];
  /** The programme the project belongs to. */
  programmeId: Scalars['ID']['input'];
  /** Recipient countries; percentages add up to 100. At most 100 items. */
  recipientCountries?: Array<RecipientCountryInput>;
  /** DAC sectors; percentages add up to 100 per vocabulary. At most 100 items. */
  sectors?: Array<SectorShareInput>;
  /** IATI ActivityStatus code. At most 50 characters. */
  status?: Scalars['String']['input'];
  /** Title. At most 500 characters. */
  title: Scalars['String']['input'];
};

/** A project named by a money record. */
export type ProjectName = {
  __typename?: 'ProjectName';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** What the project list is sorted by; the id breaks ties. */
export type ProjectOrderField =
  /** By IATI activity identifier; naturally A to Z. */
  | 'IATI_IDENTIFIER'
  /** By planned start date; naturally earliest first. */
  | 'PLANNED_START'
  /** By title; naturally A to Z. */
  | 'TITLE'
  /** By when the record last changed; naturally newest first. */
  | 'UPDATED_AT';

/** Changes to a project: only the fields given are changed; a list given replaces the stored list. */
export type ProjectPatch = {
  /** Actual end date. */
  actualEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Actual start date. */
  actualStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** At most 20000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** At most 100 items, each at most 50 characters. */
  focusAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most 150 characters. */
  iatiIdentifier?: InputMaybe<Scalars['String']['input']>;
  /** At most 20000 characters. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** Planned end date. */
  plannedEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Planned start date. */
  plannedStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** At most 100 items. */
  recipientCountries?: InputMaybe<Array<RecipientCountryInput>>;
  /** At most 100 items. */
  sectors?: InputMaybe<Array<SectorShareInput>>;
  /** At most 50 characters. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** How far the reports of one project for one period have come. */
export type ProjectReportingStatus = {
  __typename?: 'ProjectReportingStatus';
  /** Approved. */
  approved: Scalars['Int']['output'];
  /** Share approved, 0–1; 1 when nothing is expected. */
  completeness: Scalars['Float']['output'];
  /** Drafts not yet submitted. */
  draft: Scalars['Int']['output'];
  /** When its results are due. */
  dueDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Indicators expected to report (every live indicator). */
  expected: Scalars['Int']['output'];
  /** Nothing reported yet. */
  missing: Scalars['Int']['output'];
  /** The period; null when the project has no period of that label. */
  period?: Maybe<ReportingPeriod>;
  /** The project. */
  projectId: Scalars['ID']['output'];
  /** Its title. */
  projectTitle: Scalars['String']['output'];
  /** Returned to the reporters. */
  returned: Scalars['Int']['output'];
  /** Waiting for approval. */
  submitted: Scalars['Int']['output'];
};

/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type Query = {
  __typename?: 'Query';
  /** The history of one record, newest first unless asked otherwise, a page at a time, filtered by kind of record, actor or date. NOT_FOUND when it has no change you may read. You read only what you may read in the record itself today: the records of projects you see; users, their tokens and roles only when they are yours (administrators read all); a project’s staff notes only if you manage it; and for sensitive indicators, the actuals, numerators and denominators only if you see their raw figures (otherwise `"(hidden)"`, whatever their size). Administrators and programme managers. */
  auditTrail: AuditEventConnection;
  /** Entries of one IATI code list: ActivityStatus, OrganisationRole, OrganisationType, DocumentCategory, TransactionType, IndicatorMeasure, ResultType, SectorVocabulary, BudgetType, BudgetStatus, Currency, Sector, SectorCategory. */
  codelist: Array<CodelistEntry>;
  /** All countries, by name. */
  countries: Array<Country>;
  /** What a donor funds and what became of its money. A donor's users read their own organisation's (leave organisationId out); administrators, viewers and programme managers may name any donor. */
  donorFunding?: Maybe<DonorFunding>;
  /** Exchange rates into the reporting currency, by currency and newest date first. */
  exchangeRates: Array<ExchangeRateRecord>;
  /** The focus areas of the joint programmes. */
  focusAreas: Array<FocusArea>;
  /** The IATI 2.03 XML of one programme (with the projects of it you may see) or of one project, as `GET /iati/activities.xml?programme=…|?project=…` serves it. Give exactly one of the two ids. Only approved results; never the actual values of sensitive indicators. */
  iatiActivitiesXml: Scalars['String']['output'];
  /** An IATI import: its state, progress, preview, errors and warnings with line numbers, and result. Its owner and administrators may read it. */
  iatiImport: IatiImport;
  /** The caller's IATI imports, newest first, a page at a time. */
  iatiImports: IatiImportPage;
  /** One knowledge item, with its full text. NOT_FOUND if there is none with this id. */
  knowledgeItem: KnowledgeItem;
  /** Best practices and lessons learned, a page at a time: searched by words (best match first, with highlighted excerpts) and filtered by kind, focus area, country, project or author; newest first when no words are given, or sorted by `orderBy`. Every signed-in user reads them. */
  knowledgeItems: KnowledgeItemPage;
  /** International legal instruments whose implementation projects support, by family. */
  legalInstruments: Array<LegalInstrument>;
  /** The logframe of a project. NOT_FOUND for a project you may not see. */
  logframe: Logframe;
  /** What changed from one approved revision to another, or to the logframe as it stands today when `toRevisionId` is left out. */
  logframeDiff: LogframeDiffType;
  /** The signed-in user, or null when nobody is signed in. */
  me?: Maybe<User>;
  /** Your API tokens, newest first, including revoked and expired ones. */
  myApiTokens: Array<ApiToken>;
  /** What waits on the caller in the reporting cycle: reports to write, returned, overdue, and submitted ones to approve. For any signed-in user. */
  myReporting: MyReporting;
  /** The caller's notifications, newest first unless asked otherwise, a page at a time, with how many are unread. */
  notifications: NotificationPage;
  /** One organisation. NOT_FOUND if there is none with this id. */
  organisation: Organisation;
  /** Organisations, a page at a time, filtered by kind, words or change date and sorted as asked (by name unless told otherwise). Archived ones only when asked for. Every signed-in caller reads every organisation. */
  organisationList: OrganisationConnection;
  /**
   * Organisations, by name. Archived ones only when asked for.
   * @deprecated Use organisationList, which pages with cursors.
   */
  organisations: Array<Organisation>;
  /** Totals and breakdowns of the portfolio you read, as filtered: money, reach and indicator status. Only the breakdowns asked for are summed. */
  portfolioSummary: PortfolioSummary;
  /** One programme. NOT_FOUND if there is none with this id. */
  programme: Programme;
  /** Joint programmes you may read, a page at a time, filtered by status, focus area, country, words or change date and sorted as asked (by title unless told otherwise). Archived ones only when asked for. */
  programmeList: ProgrammeConnection;
  /**
   * Joint programmes, by title. Archived ones only when asked for.
   * @deprecated Use programmeList, which pages with cursors.
   */
  programmes: Array<Programme>;
  /** One project. NOT_FOUND if there is none with this id. */
  project: Project;
  /** Every change to a project and what belongs to it (logframe nodes, indicators, values, documents, participants), newest first unless asked otherwise, a page at a time, filtered by kind of record, actor or date. NOT_FOUND for a project you may not see. You read only what you may read in the record itself today: the records of projects you see; users, their tokens and roles only when they are yours (administrators read all); a project’s staff notes only if you manage it; and for sensitive indicators, the actuals, numerators and denominators only if you see their raw figures (otherwise `"(hidden)"`, whatever their size). Administrators and programme managers. */
  projectHistory: AuditEventConnection;
  /** Projects you may read, a page at a time, filtered by programme, country, focus area, status, organisation, words or change date, and sorted as asked (by title unless told otherwise). */
  projects: ProjectConnection;
  /** How far the reports for one period have come, per project: missing, draft, submitted, returned, approved. Give `projectId` or `programmeId` (every project of it), and the period by `periodId` (its label is matched across a programme's projects) or `periodLabel`; without either, each project's latest period that has ended. For the managers and partner reporters of the projects. */
  reportingStatus: Array<ProjectReportingStatus>;
  /** SDG targets, in goal order. */
  sdgTargets: Array<SdgTarget>;
  /** DAC sectors in one IATI vocabulary: `1` 5-digit purpose codes (default), `2` 3-digit categories. */
  sectors: Array<CodelistEntry>;
  /** One trend note. NOT_FOUND if there is none with this id. */
  trendNote: TrendNote;
  /** Trend notes newest first (by the date they speak for, then id), a page at a time, optionally for one focus area and/or one country. Every signed-in user reads them. */
  trendNotes: TrendNotePage;
  /** Users, a page at a time, filtered by role, words or state and sorted as asked (by name unless told otherwise). Administrators only. */
  userList: UserConnection;
  /**
   * All users, by name. Administrators only.
   * @deprecated Use userList, which pages with cursors.
   */
  users: Array<User>;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  entityId: Scalars['ID']['input'];
  entityType: Scalars['String']['input'];
  filter?: InputMaybe<HistoryFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: HistoryOrderField;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryCodelistArgs = {
  name: Scalars['String']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryDonorFundingArgs = {
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryExchangeRatesArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryIatiActivitiesXmlArgs = {
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryIatiImportArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryIatiImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryKnowledgeItemArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryKnowledgeItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<KnowledgeFilter>;
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: KnowledgeOrderField;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryLogframeArgs = {
  projectId: Scalars['ID']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryLogframeDiffArgs = {
  fromRevisionId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  toRevisionId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<NotificationFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: NotificationOrderField;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryOrganisationListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: OrganisationOrderField;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryOrganisationsArgs = {
  filter?: InputMaybe<OrganisationFilter>;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryPortfolioSummaryArgs = {
  filter?: InputMaybe<PortfolioFilter>;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryProgrammeListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<ProgrammeFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: ProgrammeOrderField;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryProgrammesArgs = {
  filter?: InputMaybe<ProgrammeFilter>;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryProjectHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<HistoryFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: HistoryOrderField;
  projectId: Scalars['ID']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<ProjectFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: ProjectOrderField;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryReportingStatusArgs = {
  periodId?: InputMaybe<Scalars['ID']['input']>;
  periodLabel?: InputMaybe<Scalars['String']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QuerySectorsArgs = {
  vocabulary?: Scalars['String']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryTrendNoteArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryTrendNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrendNoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryUserListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<UserFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: UserOrderField;
};

/** Why a report is returned or unlocked. */
export type ReasonInput = {
  /** The reason, kept in the history. At most 2000 characters. */
  reason: Scalars['String']['input'];
};

/** A country that benefits from a project, with its share. Shares add up to 100 per project. */
export type RecipientCountry = {
  __typename?: 'RecipientCountry';
  /** The country. */
  country: Country;
  /** Percentage, 0.01–100, at most two decimals. */
  percentage: Scalars['Float']['output'];
};

/** A recipient country and its share of the project. */
export type RecipientCountryInput = {
  /** ISO 3166-1 alpha-2 code. At most 2 characters. */
  country: Scalars['String']['input'];
  /** Percentage, 0.01–100. */
  percentage: Scalars['Float']['input'];
};

/** A reporting period of a project, e.g. 2025-Q1. */
export type ReportingPeriod = {
  __typename?: 'ReportingPeriod';
  /** Last day. */
  endDate: Scalars['LocalDate']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Label, e.g. `2025-Q1`, `2025-H2`, `2025`. */
  label: Scalars['String']['output'];
  /** First day. */
  startDate: Scalars['LocalDate']['output'];
};

/** A project's reporting rules. */
export type ReportingRulesInput = {
  /** Days after the end of a period by which its results are due, 0–365. */
  dueDays: Scalars['Int']['input'];
  /** Periods that end on or before this day take no more changes unless a manager unlocks them; null for none. */
  lockDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** One report (an indicator for a period) that waits on the caller. */
export type ReportingTask = {
  __typename?: 'ReportingTask';
  /** When the results are due: the period's last day plus the project's due days. */
  dueDate: Scalars['LocalDate']['output'];
  /** The indicator. */
  indicatorId: Scalars['ID']['output'];
  /** The indicator's title. */
  indicatorTitle: Scalars['String']['output'];
  /** The code of the logframe node the indicator hangs on, e.g. 1.2. */
  nodeCode?: Maybe<Scalars['String']['output']>;
  /** The due date has passed. */
  overdue: Scalars['Boolean']['output'];
  /** The reporting period. */
  period: ReportingPeriod;
  /** The project. */
  projectId: Scalars['ID']['output'];
  /** The project's title. */
  projectTitle: Scalars['String']['output'];
  /** Why a manager returned it; empty unless returned. */
  returnReason: Scalars['String']['output'];
  /** Where the report stands. */
  state: UpdateState;
  /** When it was last submitted. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last submitted it. */
  submittedByName?: Maybe<Scalars['String']['output']>;
};

/** How many reports each list holds in all; a list shows at most 200 of them. */
export type ReportingTotals = {
  __typename?: 'ReportingTotals';
  /** Submitted reports waiting for the caller to approve or return them. */
  awaitingApproval: Scalars['Int']['output'];
  /** Reports past their due date, not yet submitted. */
  overdue: Scalars['Int']['output'];
  /** Reports returned by a manager, to fix and resubmit. */
  returned: Scalars['Int']['output'];
  /** Reports to write and submit, not yet due. */
  toReport: Scalars['Int']['output'];
};

/** Level in the results chain, from the top: impact → outcome → output → activity. A child is always one level below its parent. */
export type ResultLevel =
  /** Work done to deliver an output; carries no indicators. */
  | 'ACTIVITY'
  /** The long-term change the project contributes to; the top of the logframe. */
  | 'IMPACT'
  /** A change in behaviour or institutions the outputs lead to. */
  | 'OUTCOME'
  /** What the project delivers: trained people, drafted laws, equipment. */
  | 'OUTPUT';

/** A node of a project logframe: an impact, outcome, output or activity. Its code (1, 1.1, 1.1.2) is computed from its place in the tree and changes when nodes move. */
export type ResultNode = {
  __typename?: 'ResultNode';
  /** When the record was archived; archived records are left out of lists unless asked for. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Assumptions that must hold for this result to lead to the next level. */
  assumptions: Scalars['String']['output'];
  /** Whether you may report results on this node. */
  canReport: Scalars['Boolean']['output'];
  /** Code from its place in the tree: 1, 1.1, 1.1.2. */
  code: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Depth in the tree, 0 for a top node. */
  depth: Scalars['Int']['output'];
  /** Longer description. */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Indicators of the result. */
  indicators: Array<Indicator>;
  /** Level in the results chain. */
  level: ResultLevel;
  /** The parent node. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Position among its siblings, from 0. */
  position: Scalars['Int']['output'];
  /** The organisation responsible for the result; it reports on it. */
  responsibleOrganisation?: Maybe<Organisation>;
  /** Risks to the result. */
  risks: Array<RiskType>;
  /** The result statement, e.g. "Prosecutors apply the trafficking law in line with the Protocol". */
  statement: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** A new node of a project logframe. */
export type ResultNodeInput = {
  /** At most 10000 characters. */
  assumptions?: Scalars['String']['input'];
  /** At most 10000 characters. */
  description?: Scalars['String']['input'];
  /** Level; for a child it is always one below the parent and may be left out. */
  level?: InputMaybe<ResultLevel>;
  /** The parent node; none for a top node (an impact or an outcome). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Position among its siblings; default last. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** The project. */
  projectId: Scalars['ID']['input'];
  /** The organisation responsible; one of the project participants. */
  responsibleOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 50 items. */
  risks?: Array<RiskInput>;
  /** The result statement. At most 2000 characters. */
  statement: Scalars['String']['input'];
};

/** Changes to a logframe node; only the fields given change. */
export type ResultNodePatch = {
  /** At most 10000 characters. */
  assumptions?: InputMaybe<Scalars['String']['input']>;
  /** At most 10000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Empty string clears it. */
  responsibleOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 50 items. */
  risks?: InputMaybe<Array<RiskInput>>;
  /** At most 2000 characters. */
  statement?: InputMaybe<Scalars['String']['input']>;
};

/** Results reported for periods ending in one year. */
export type ResultsYear = {
  __typename?: 'ResultsYear';
  /** Period totals with both a target and an actual you may see. */
  assessed: Scalars['Int']['output'];
  /** Of those, the ones whose actual reaches the target in the indicator's direction. */
  met: Scalars['Int']['output'];
  /** Period totals with an actual. */
  reported: Scalars['Int']['output'];
  /** Actuals of sensitive indicators masked for you (1–4): reported, but neither met nor missed. */
  suppressed: Scalars['Int']['output'];
  /** The year the periods end in. */
  year: Scalars['Int']['output'];
};

/** A risk to a result. */
export type RiskInput = {
  /** What could go wrong. At most 2000 characters. */
  description: Scalars['String']['input'];
  /** LOW, MEDIUM or HIGH. At most 50 characters. */
  impact: Scalars['String']['input'];
  /** LOW, MEDIUM or HIGH. At most 50 characters. */
  likelihood: Scalars['String']['input'];
  /** How the risk is reduced. At most 2000 characters. */
  mitigation?: Scalars['String']['input'];
};

/** A risk to a result, with its likelihood, impact and mitigation. */
export type RiskType = {
  __typename?: 'RiskType';
  /** What could go wrong. */
  description: Scalars['String']['output'];
  /** LOW, MEDIUM or HIGH. */
  impact: Scalars['String']['output'];
  /** LOW, MEDIUM or HIGH. */
  likelihood: Scalars['String']['output'];
  /** How the risk is reduced. */
  mitigation: Scalars['String']['output'];
};

/** What a user may do. Every role but ADMIN and VIEWER is scoped. */
export type Role =
  /** Everything, including users, roles and organisations. */
  | 'ADMIN'
  /** Reads only the programmes and projects its organisation funds (IATI role 1), read-only. */
  | 'DONOR'
  /** For one organisation on one project: reads that project and reports results on the logframe nodes its organisation is responsible for. */
  | 'PARTNER_REPORTER'
  /** Edits the programme or project it is given: details, participants, documents, and later logframes and finances. Reads the rest of the portfolio. */
  | 'PROGRAMME_MANAGER'
  /** Reads everything that is not sensitive; changes nothing. */
  | 'VIEWER';

/** A role given to a user, with its scope: a programme or project for managers, a project and an organisation for partner reporters, the organisation for donors. */
export type RoleAssignment = {
  __typename?: 'RoleAssignment';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The organisation a partner reports for, or the donor organisation. */
  organisation?: Maybe<Organisation>;
  /** The programme a programme manager manages. */
  programme?: Maybe<Programme>;
  /** The project a manager manages or a partner reports on. */
  project?: Maybe<Project>;
  /** The role. */
  role: Role;
};

/** A role to give a user. Programme managers need a programme or a project; partner reporters a project and an organisation (default: the user’s); donors an organisation (default: the user’s). */
export type RoleInput = {
  /** Organisation, for a partner reporter or a donor. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Programme scope, for a programme manager. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Project scope, for a programme manager or a partner reporter. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** The role. */
  role: Role;
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** A target of the Sustainable Development Goals, e.g. 16.3. */
export type SdgTarget = {
  __typename?: 'SdgTarget';
  /** Target code, e.g. `16.3` or `16.a`. */
  code: Scalars['String']['output'];
  /** Goal number, 1–17. */
  goal: Scalars['Int']['output'];
  /** Official title of the target. */
  title: Scalars['String']['output'];
};

/** The share of a programme or project given to a sector. Shares add up to 100 within each vocabulary. */
export type SectorShare = {
  __typename?: 'SectorShare';
  /** Sector code in that vocabulary, e.g. `15130` legal and judicial development. */
  code: Scalars['String']['output'];
  /** Name of the sector. */
  name: Scalars['String']['output'];
  /** Percentage, 0.01–100, at most two decimals. */
  percentage: Scalars['Float']['output'];
  /** IATI SectorVocabulary code: `1` DAC 5-digit, `2` DAC 3-digit category, `7` SDG goal, `8` SDG target. */
  vocabulary: Scalars['String']['output'];
};

/** A sector and its share of the activity. */
export type SectorShareInput = {
  /** Sector code in that vocabulary. At most 50 characters. */
  code: Scalars['String']['input'];
  /** Percentage, 0.01–100. */
  percentage: Scalars['Float']['input'];
  /** IATI SectorVocabulary: `1` DAC 5-digit (default), `2` DAC 3-digit category, `7` SDG goal (1–17) or `8` SDG target (e.g. `16.4`). At most 50 characters. */
  vocabulary?: Scalars['String']['input'];
};

/** The direction of a list’s order. */
export type SortDirection =
  /** Smallest first: A to Z, oldest first. */
  | 'ASC'
  /** Largest first: Z to A, newest first. */
  | 'DESC';

/** The first sheet of a spreadsheet, as text: the header row, then the data rows. */
export type Spreadsheet = {
  __typename?: 'Spreadsheet';
  /** The cells of the first row, which name the columns; `Column N` where a header is blank. */
  columns: Array<Scalars['String']['output']>;
  /** Every later row, as many cells as there are columns. Row i here is row i + 2 of the file. Dates are ISO dates, numbers plain decimals, formulas their results. */
  rows: Array<Array<Scalars['String']['output']>>;
};

/** A target that changed between two versions of a logframe. */
export type TargetChangeType = {
  __typename?: 'TargetChangeType';
  /** Target after. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** Target before. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Value of the dimension; empty for the total. */
  category: Scalars['String']['output'];
  /** Disaggregation dimension; empty for the total. */
  dimension: Scalars['String']['output'];
  /** Indicator id. */
  indicatorId: Scalars['ID']['output'];
  /** Indicator title. */
  indicatorTitle: Scalars['String']['output'];
  /** Period label. */
  period: Scalars['String']['output'];
};

/** A piece of text, marked when it holds words that were searched for. */
export type TextFragment = {
  __typename?: 'TextFragment';
  /** Whether this piece matches the words searched for and should be highlighted. */
  highlighted: Scalars['Boolean']['output'];
  /** Plain text, to be shown as text (it is not HTML). */
  text: Scalars['String']['output'];
};

/** What an API token may do, never more than its owner may. */
export type TokenScope =
  /** Queries only. */
  | 'READ'
  /** Queries and mutations. */
  | 'READ_WRITE';

/** Which transactions to list. */
export type TransactionFilter = {
  /** Only transactions recorded or changed at or after this moment (see `updatedAt`). A removed transaction is no longer listed, so compare ids to see removals. */
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only transactions on or after this date. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only transactions this organisation provides or receives. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only transactions on or before this date. */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only this IATI transaction type. At most 50 characters. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** A transaction of a programme (its pooled fund) or of a project. Give exactly one of programmeId and projectId. */
export type TransactionInput = {
  /** For a disbursement from a programme's fund: made before the money was received, so it may exceed what the fund has received. */
  advance?: Scalars['Boolean']['input'];
  /** Amount in the currency. A decimal number as text, e.g. `125000.50`: at most 15 significant digits and 2 decimals; never a float. Negative only for a reversal. At most 50 characters. */
  amount: Scalars['String']['input'];
  /** A budget line of the transaction's project. */
  budgetId?: InputMaybe<Scalars['ID']['input']>;
  /** For an incoming commitment or incoming funds: the contribution it pays in. */
  contributionId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 4217 currency code, e.g. `USD`. At most 50 characters. */
  currency: Scalars['String']['input'];
  /** What it was for. At most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A logframe output of the transaction's project it is spent on. */
  outputId?: InputMaybe<Scalars['ID']['input']>;
  /** The programme, for a transaction of its pooled fund. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** The project. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** IATI identifier of the provider's activity, where known. At most 150 characters. */
  providerActivity?: InputMaybe<Scalars['String']['input']>;
  /** The organisation the money comes from. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** IATI identifier of the receiver's activity, where known. At most 150 characters. */
  receiverActivity?: InputMaybe<Scalars['String']['input']>;
  /** The organisation the money goes to; never the provider. */
  receiverId?: InputMaybe<Scalars['ID']['input']>;
  /** For a disbursement from a programme's fund: the programme's project the money is for. */
  receiverProjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Makes this a reversal of that transaction (same type and currency, negative amount). */
  reversesId?: InputMaybe<Scalars['ID']['input']>;
  /** When the transaction took place; never in the future. */
  transactionDate: Scalars['LocalDate']['input'];
  /** IATI TransactionType: `11` incoming commitment, `1` incoming funds, `2` outgoing commitment, `3` disbursement, `4` expenditure. At most 50 characters. */
  type: Scalars['String']['input'];
  /** The date whose exchange rate converts the amount; the transaction date when left out. */
  valueDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A transaction of a programme fund or a project. */
export type TransactionRecord = {
  __typename?: 'TransactionRecord';
  /** A transfer made before the fund received the money. */
  advance: Scalars['Boolean']['output'];
  /** The amount as entered; negative for a reversal. */
  amount: Money;
  /** The budget line it belongs to, if any. */
  budgetId?: Maybe<Scalars['ID']['output']>;
  /** The contribution it pays in, if any. */
  contributionId?: Maybe<Scalars['ID']['output']>;
  /** In the reporting currency, at the rate of the value date. */
  converted: ConvertedMoney;
  /** What it was for. */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The logframe output it is spent on, if any. */
  output?: Maybe<OutputName>;
  /** The programme, for a transaction of its pooled fund. */
  programmeId?: Maybe<Scalars['ID']['output']>;
  /** The project, for a transaction of a project. */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** The organisation the money comes from. */
  provider?: Maybe<OrganisationName>;
  /** IATI identifier of the provider's activity. */
  providerActivity?: Maybe<Scalars['String']['output']>;
  /** The organisation the money goes to. */
  receiver?: Maybe<OrganisationName>;
  /** IATI identifier of the receiver's activity. */
  receiverActivity?: Maybe<Scalars['String']['output']>;
  /** For a transfer from a programme's fund: the project it is for. */
  receiverProject?: Maybe<ProjectName>;
  /** The transaction this one reverses. */
  reversesId?: Maybe<Scalars['ID']['output']>;
  /** When it took place. */
  transactionDate: Scalars['LocalDate']['output'];
  /** IATI TransactionType code. */
  type: Scalars['String']['output'];
  /** Name of the IATI transaction type. */
  typeName: Scalars['String']['output'];
  /** When the transaction was recorded or last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The date whose rate converts the amount. */
  valueDate: Scalars['LocalDate']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** A short analysis of a trend in a focus area and/or a country. */
export type TrendNote = {
  __typename?: 'TrendNote';
  /** The organisation that wrote it, where known. */
  authorOrganisation?: Maybe<OrganisationName>;
  /** The analysis: a few paragraphs of plain text or Markdown. */
  body: Scalars['String']['output'];
  /** Whether you may change and delete trend notes (administrators and programme managers). */
  canEdit: Scalars['Boolean']['output'];
  /** Countries it concerns, by name. */
  countries: Array<Country>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Focus areas it concerns, by name. */
  focusAreas: Array<FocusArea>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The date the note speaks for. */
  notedOn: Scalars['LocalDate']['output'];
  /** Sources it draws on, in the order given. */
  sources: Array<TrendSource>;
  /** Title. */
  title: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** Which trend notes to list, newest first, and which page. Every condition given must hold. */
export type TrendNoteFilter = {
  /** Only notes about this country (ISO code). At most 50 characters. */
  country?: InputMaybe<Scalars['String']['input']>;
  /**
   * Page size, 1–100; the `first` argument of `trendNotes`, when given, wins.
   * @deprecated Use the first argument of trendNotes.
   */
  first?: Scalars['Int']['input'];
  /** Only notes in this focus area (its code). At most 50 characters. */
  focusArea?: InputMaybe<Scalars['String']['input']>;
  /**
   * How many notes to skip (after `after`, if given), 0–10000.
   * @deprecated Use the after argument of trendNotes, which pages with cursors.
   */
  offset?: Scalars['Int']['input'];
};

/** A trend note, whole: an update replaces every field. It concerns at least one focus area or country. */
export type TrendNoteInput = {
  /** The organisation that wrote it; empty or null for none. */
  authorOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The analysis: a few paragraphs of plain text or Markdown. At most 4000 characters. */
  body: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country codes. At most 100 items, each at most 50 characters. */
  countries?: Array<Scalars['String']['input']>;
  /** Focus area codes. At most 100 items, each at most 50 characters. */
  focusAreas?: Array<Scalars['String']['input']>;
  /** The date the note speaks for. */
  notedOn: Scalars['LocalDate']['input'];
  /** Sources it draws on, in order. At most 50 items. */
  sources?: Array<TrendSourceInput>;
  /** Title. At most 500 characters. */
  title: Scalars['String']['input'];
};

/** One page of trend notes. */
export type TrendNotePage = {
  __typename?: 'TrendNotePage';
  /**
   * Whether another page follows.
   * @deprecated Use pageInfo.hasNextPage.
   */
  hasNextPage: Scalars['Boolean']['output'];
  /** The notes on this page, newest first. */
  items: Array<TrendNote>;
  /** Whether another page follows, and the cursor to get it (pass `pageInfo.endCursor` as `after`). */
  pageInfo: PageInfo;
  /** How many notes match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A source a trend note draws on. */
export type TrendSource = {
  __typename?: 'TrendSource';
  /** Title of the source. */
  title: Scalars['String']['output'];
  /** Where it can be read (http or https), where it is online. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A source a trend note draws on. */
export type TrendSourceInput = {
  /** Title of the source. At most 500 characters. */
  title: Scalars['String']['input'];
  /** Full http or https address, where the source is online. At most 2000 characters. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The narrative and evidence links of a report. */
export type UpdateContentInput = {
  /** Evidence links (http or https). Left out, kept. At most 20 items, each at most 2000 characters. */
  links?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What happened, and why it differs from the target. Left out, kept. At most 20000 characters. */
  narrative?: InputMaybe<Scalars['String']['input']>;
};

/** One report: the indicator and the period, with the version you read. */
export type UpdateRefInput = {
  /** The indicator. */
  indicatorId: Scalars['ID']['input'];
  /** The reporting period. */
  periodId: Scalars['ID']['input'];
  /** The version of the report you read (0 when nothing was reported): if it changed since, the change is refused with CONFLICT. Left out, it is not checked. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** NOT_REPORTED: nothing entered yet. DRAFT: being written, visible to the reporters and managers. SUBMITTED: waiting for a manager. RETURNED: sent back with a reason, to be fixed and resubmitted. APPROVED: counted, and locked until a manager unlocks it. */
export type UpdateState =
  /** Counted, and locked until a manager unlocks it. */
  | 'APPROVED'
  /** Being written; visible to the reporters and managers. */
  | 'DRAFT'
  /** Nothing entered yet. */
  | 'NOT_REPORTED'
  /** Sent back with a reason, to be fixed and resubmitted. */
  | 'RETURNED'
  /** Waiting for a manager to approve or return it. */
  | 'SUBMITTED';

/** A person who signs in to Accord. */
export type User = {
  __typename?: 'User';
  /** A deactivated user cannot sign in, and its sessions and API tokens stop working. */
  active: Scalars['Boolean']['output'];
  /** When the record was archived; archived records are left out of lists unless asked for. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Email address; visible to administrators and to the user, null for everyone else. */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** True after an administrator reset the password: the user should choose a new one. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** The organisation the user works for. */
  organisation?: Maybe<Organisation>;
  /** Roles and their scopes; visible to administrators and to the user, empty for everyone else. */
  roles: Array<RoleAssignment>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** One page of users; walk the list with `pageInfo.endCursor` as `after`. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users on this page, in the order asked for. */
  items: Array<User>;
  /** Whether another page follows, and the cursor to get it. */
  pageInfo: PageInfo;
  /** How many users match the filter in all (of those you may read). */
  totalCount: Scalars['Int']['output'];
};

/** Which users to list. Every condition given must hold. */
export type UserFilter = {
  /** Only active users (true) or only deactivated ones (false); both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only users who hold this role, in any scope. */
  role?: InputMaybe<Role>;
  /** Words to find in the name or e-mail address. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A new user. Without a password, a one-time password is generated and returned once. */
export type UserInput = {
  /** Email address, used to sign in; unique. At most 254 characters. */
  email: Scalars['String']['input'];
  /** Full name. At most 200 characters. */
  name: Scalars['String']['input'];
  /** The organisation the user works for. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Initial password, at least 10 characters. At most 200 characters. */
  password?: InputMaybe<Scalars['String']['input']>;
};

/** What the user list is sorted by; the id breaks ties. */
export type UserOrderField =
  /** By when the user was created; naturally newest first. */
  | 'CREATED_AT'
  /** By e-mail address; naturally A to Z. */
  | 'EMAIL'
  /** By full name; naturally A to Z. */
  | 'NAME';

/** Changes to a user: only the fields given are changed. */
export type UserPatch = {
  /** False deactivates the user: it is signed out everywhere and its tokens stop working. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organisation the user works for. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

export type DemoNoticeQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoNoticeQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', id: string, isDemo: boolean }> };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'User', id: string, name: string, email?: string | null, mustChangePassword: boolean, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: Role, programme?: { __typename?: 'Programme', id: string, title: string } | null, project?: { __typename?: 'Project', id: string, title: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> } };

export type ApiTokenRowFragment = { __typename?: 'ApiToken', id: string, name: string, prefix: string, scope: TokenScope, createdAt: string, expiresAt: string, revokedAt?: string | null, lastUsedAt?: string | null };

export type MyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiTokensQuery = { __typename?: 'Query', myApiTokens: Array<{ __typename?: 'ApiToken', id: string, name: string, prefix: string, scope: TokenScope, createdAt: string, expiresAt: string, revokedAt?: string | null, lastUsedAt?: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: ApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreatedApiToken', secret: string, token: { __typename?: 'ApiToken', id: string, name: string, prefix: string, scope: TokenScope, createdAt: string, expiresAt: string, revokedAt?: string | null, lastUsedAt?: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'ApiToken', id: string, name: string, prefix: string, scope: TokenScope, createdAt: string, expiresAt: string, revokedAt?: string | null, lastUsedAt?: string | null } };

export type SessionUserFragment = { __typename?: 'User', id: string, name: string, email?: string | null, mustChangePassword: boolean, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: Role, programme?: { __typename?: 'Programme', id: string, title: string } | null, project?: { __typename?: 'Project', id: string, title: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, email?: string | null, mustChangePassword: boolean, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: Role, programme?: { __typename?: 'Programme', id: string, title: string } | null, project?: { __typename?: 'Project', id: string, title: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> } | null };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'User', id: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type UserRowFragment = { __typename?: 'User', id: string, name: string, email?: string | null, active: boolean, mustChangePassword: boolean, createdAt: string, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: Role, programme?: { __typename?: 'Programme', id: string, title: string } | null, project?: { __typename?: 'Project', id: string, title: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, name: string, email?: string | null, active: boolean, mustChangePassword: boolean, createdAt: string, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: Role, programme?: { __typename?: 'Programme', id: string, title: string } | null, project?: { __typename?: 'Project', id: string, title: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> }> };

export type CreateUserMutationVariables = Exact<{
  input: UserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'CreatedUser', oneTimePassword?: string | null, user: { __typename?: 'User', id: string, name: string, email?: string | null, active: boolean, mustChangePassword: boolean, createdAt: string, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: Role, programme?: { __typename?: 'Programme', id: string, title: string } | null, project?: { __typename?: 'Project', id: string, title: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> } } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UserPatch;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, name: string, email?: string | null, active: boolean, mustChangePassword: boolean, createdAt: string, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, roles: Array<{ __typename?: 'RoleAssignment', id: string, role: Role, programme?: { __typename?: 'Programme', id: string, title: string } | null, project?: { __typename?: 'Project', id: string, title: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> } };

export type ResetPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: string };

export type AssignRoleMutationVariables = Exact<{
  input: RoleInput;
}>;


export type AssignRoleMutation = { __typename?: 'Mutation', assignRole: { __typename?: 'RoleAssignment', id: string } };

export type RemoveRoleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveRoleMutation = { __typename?: 'Mutation', removeRole: string };

export type RoleScopeOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleScopeOptionsQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, projects: Array<{ __typename?: 'Project', id: string, title: string, iatiIdentifier: string }> }> };

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataQuery = { __typename?: 'Query', countries: Array<{ __typename?: 'Country', code: string, name: string, region: string }>, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string, description: string }>, legalInstruments: Array<{ __typename?: 'LegalInstrument', code: string, name: string, shortName: string, family: string }>, sdgTargets: Array<{ __typename?: 'SdgTarget', code: string, goal: number, title: string }>, sectors: Array<{ __typename?: 'CodelistEntry', list: string, code: string, name: string, category?: string | null }>, statuses: Array<{ __typename?: 'CodelistEntry', list: string, code: string, name: string }>, roles: Array<{ __typename?: 'CodelistEntry', list: string, code: string, name: string }>, documentCategories: Array<{ __typename?: 'CodelistEntry', list: string, code: string, name: string }>, organisationTypes: Array<{ __typename?: 'CodelistEntry', list: string, code: string, name: string }> };

export type ConvertedFigureFragment = { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null };

export type TransactionRowFragment = { __typename?: 'TransactionRecord', id: string, version: number, type: string, typeName: string, transactionDate: string, valueDate: string, description: string, advance: boolean, programmeId?: string | null, projectId?: string | null, reversesId?: string | null, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, provider?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, receiver?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, receiverProject?: { __typename?: 'ProjectName', id: string, title: string } | null, output?: { __typename?: 'OutputName', id: string, statement: string } | null };

export type CreateTransactionMutationVariables = Exact<{
  input: TransactionInput;
}>;


export type CreateTransactionMutation = { __typename?: 'Mutation', createTransaction: { __typename?: 'TransactionRecord', id: string, version: number, type: string, typeName: string, transactionDate: string, valueDate: string, description: string, advance: boolean, programmeId?: string | null, projectId?: string | null, reversesId?: string | null, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, provider?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, receiver?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, receiverProject?: { __typename?: 'ProjectName', id: string, title: string } | null, output?: { __typename?: 'OutputName', id: string, statement: string } | null } };

export type UpdateTransactionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TransactionInput;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateTransactionMutation = { __typename?: 'Mutation', updateTransaction: { __typename?: 'TransactionRecord', id: string, version: number, type: string, typeName: string, transactionDate: string, valueDate: string, description: string, advance: boolean, programmeId?: string | null, projectId?: string | null, reversesId?: string | null, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, provider?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, receiver?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, receiverProject?: { __typename?: 'ProjectName', id: string, title: string } | null, output?: { __typename?: 'OutputName', id: string, statement: string } | null } };

export type DeleteTransactionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTransactionMutation = { __typename?: 'Mutation', deleteTransaction: string };

export type ImportTransactionsMutationVariables = Exact<{
  rows: Array<TransactionInput> | TransactionInput;
}>;


export type ImportTransactionsMutation = { __typename?: 'Mutation', importTransactions: Array<{ __typename?: 'TransactionRecord', id: string }> };

export type FinanceChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceChoicesQuery = { __typename?: 'Query', currencies: Array<{ __typename?: 'CodelistEntry', list: string, code: string, name: string }>, organisations: Array<{ __typename?: 'Organisation', id: string, name: string, acronym?: string | null, iatiRef?: string | null }> };

export type MoneyTotalFigureFragment = { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> };

export type ProjectFigureSetFragment = { __typename?: 'FinanceFigures', deliveryRate?: number | null, fundingGap?: string | null, budget: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, contributions: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, received: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, transferred: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, committed: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, disbursed: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, spent: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> } };

export type ProjectFinanceRowFragment = { __typename?: 'FinanceRow', key: string, label: string, figures: { __typename?: 'FinanceFigures', deliveryRate?: number | null, budget: { __typename?: 'MoneyTotal', amount?: string | null, currency: string }, spent: { __typename?: 'MoneyTotal', amount?: string | null, currency: string } } };

export type BudgetLineRowFragment = { __typename?: 'BudgetLine', id: string, version: number, projectId: string, periodStart: string, periodEnd: string, valueDate: string, type: string, status: string, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, organisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, output?: { __typename?: 'OutputName', id: string, statement: string } | null };

export type ContributionRowFragment = { __typename?: 'ContributionRecord', id: string, version: number, status: ContributionStatus, earmarking: Earmarking, signedDate?: string | null, periodStart: string, periodEnd: string, description: string, paid: string, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, donor: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } };

export type ProjectFinanceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectFinanceQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, title: string, iatiIdentifier: string, canEdit: boolean, programme: { __typename?: 'Programme', id: string, title: string }, participations: Array<{ __typename?: 'Participation', id: string, role: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, iatiRef?: string | null } }>, finance: { __typename?: 'Finance', reportingCurrency: string, totals: { __typename?: 'FinanceFigures', deliveryRate?: number | null, fundingGap?: string | null, budget: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, contributions: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, received: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, transferred: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, committed: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, disbursed: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, spent: { __typename?: 'MoneyTotal', amount?: string | null, currency: string, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> } } }, budgets: Array<{ __typename?: 'BudgetLine', id: string, version: number, projectId: string, periodStart: string, periodEnd: string, valueDate: string, type: string, status: string, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, organisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, output?: { __typename?: 'OutputName', id: string, statement: string } | null }>, contributions: Array<{ __typename?: 'ContributionRecord', id: string, version: number, status: ContributionStatus, earmarking: Earmarking, signedDate?: string | null, periodStart: string, periodEnd: string, description: string, paid: string, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, donor: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } }> } };

export type ProjectFinanceBreakdownsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectFinanceBreakdownsQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, finance: { __typename?: 'Finance', byYear: Array<{ __typename?: 'FinanceRow', key: string, label: string, figures: { __typename?: 'FinanceFigures', deliveryRate?: number | null, budget: { __typename?: 'MoneyTotal', amount?: string | null, currency: string }, spent: { __typename?: 'MoneyTotal', amount?: string | null, currency: string } } }>, byOutput: Array<{ __typename?: 'FinanceRow', key: string, label: string, figures: { __typename?: 'FinanceFigures', deliveryRate?: number | null, budget: { __typename?: 'MoneyTotal', amount?: string | null, currency: string }, spent: { __typename?: 'MoneyTotal', amount?: string | null, currency: string } } }>, byOrganisation: Array<{ __typename?: 'FinanceRow', key: string, label: string, figures: { __typename?: 'FinanceFigures', deliveryRate?: number | null, budget: { __typename?: 'MoneyTotal', amount?: string | null, currency: string }, spent: { __typename?: 'MoneyTotal', amount?: string | null, currency: string } } }> } } };

export type ProjectTransactionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<TransactionFilter>;
}>;


export type ProjectTransactionsQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, transactions: Array<{ __typename?: 'TransactionRecord', id: string, version: number, type: string, typeName: string, transactionDate: string, valueDate: string, description: string, advance: boolean, programmeId?: string | null, projectId?: string | null, reversesId?: string | null, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, provider?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, receiver?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, receiverProject?: { __typename?: 'ProjectName', id: string, title: string } | null, output?: { __typename?: 'OutputName', id: string, statement: string } | null }> } };

export type ProjectOutputsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type ProjectOutputsQuery = { __typename?: 'Query', logframe: { __typename?: 'Logframe', projectId: string, nodes: Array<{ __typename?: 'ResultNode', id: string, code: string, level: ResultLevel, statement: string, responsibleOrganisation?: { __typename?: 'Organisation', id: string } | null }> } };

export type CreateBudgetMutationVariables = Exact<{
  input: BudgetInput;
}>;


export type CreateBudgetMutation = { __typename?: 'Mutation', createBudget: { __typename?: 'BudgetLine', id: string, version: number, projectId: string, periodStart: string, periodEnd: string, valueDate: string, type: string, status: string, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, organisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, output?: { __typename?: 'OutputName', id: string, statement: string } | null } };

export type UpdateBudgetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: BudgetInput;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateBudgetMutation = { __typename?: 'Mutation', updateBudget: { __typename?: 'BudgetLine', id: string, version: number, projectId: string, periodStart: string, periodEnd: string, valueDate: string, type: string, status: string, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, organisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, output?: { __typename?: 'OutputName', id: string, statement: string } | null } };

export type DeleteBudgetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteBudgetMutation = { __typename?: 'Mutation', deleteBudget: string };

export type CreateContributionMutationVariables = Exact<{
  input: ContributionInput;
}>;


export type CreateContributionMutation = { __typename?: 'Mutation', createContribution: { __typename?: 'ContributionRecord', id: string, version: number, status: ContributionStatus, earmarking: Earmarking, signedDate?: string | null, periodStart: string, periodEnd: string, description: string, paid: string, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, donor: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } } };

export type UpdateContributionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ContributionInput;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateContributionMutation = { __typename?: 'Mutation', updateContribution: { __typename?: 'ContributionRecord', id: string, version: number, status: ContributionStatus, earmarking: Earmarking, signedDate?: string | null, periodStart: string, periodEnd: string, description: string, paid: string, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, donor: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } } };

export type DeleteContributionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteContributionMutation = { __typename?: 'Mutation', deleteContribution: string };

export type ReadSpreadsheetMutationVariables = Exact<{
  fileName: Scalars['String']['input'];
  contentBase64: Scalars['String']['input'];
}>;


export type ReadSpreadsheetMutation = { __typename?: 'Mutation', readSpreadsheet: { __typename?: 'Spreadsheet', columns: Array<string>, rows: Array<Array<string>> } };

export type DonorFundingQueryVariables = Exact<{ [key: string]: never; }>;


export type DonorFundingQuery = { __typename?: 'Query', donorFunding?: { __typename?: 'DonorFunding', reportingCurrency: string, donor: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null }, rows: Array<{ __typename?: 'DonorFundingRow', contributed?: string | null, received?: string | null, transferred?: string | null, spent?: string | null, deliveryRate?: number | null, missingRates: boolean, programme: { __typename?: 'ProgrammeName', id: string, title: string }, project?: { __typename?: 'ProjectName', id: string, title: string } | null }>, totals: { __typename?: 'DonorFundingFigures', contributed?: string | null, received?: string | null, transferred?: string | null, spent?: string | null, deliveryRate?: number | null, missingRates: boolean } } | null };

export type ProgrammeFinanceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeFinanceQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, version: number, title: string, iatiIdentifier: string, canEdit: boolean, publishContributions: boolean, projects: Array<{ __typename?: 'Project', id: string, title: string }>, finance: { __typename?: 'Finance', reportingCurrency: string, totals: { __typename?: 'FinanceFigures', deliveryRate?: number | null, fundingGap?: string | null, budget: { __typename?: 'MoneyTotal', amount?: string | null, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, contributions: { __typename?: 'MoneyTotal', amount?: string | null, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, pledged: { __typename?: 'MoneyTotal', amount?: string | null, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, received: { __typename?: 'MoneyTotal', amount?: string | null, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, transferred: { __typename?: 'MoneyTotal', amount?: string | null, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, committed: { __typename?: 'MoneyTotal', amount?: string | null, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, disbursed: { __typename?: 'MoneyTotal', amount?: string | null, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, spent: { __typename?: 'MoneyTotal', amount?: string | null, byCurrency: Array<{ __typename?: 'Money', amount: string, currency: string }>, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> } }, flows: Array<{ __typename?: 'FinanceFlow', source: string, target: string, amount: string }>, byYear: Array<{ __typename?: 'FinanceRow', key: string, label: string, figures: { __typename?: 'FinanceFigures', deliveryRate?: number | null, budget: { __typename?: 'MoneyTotal', amount?: string | null }, spent: { __typename?: 'MoneyTotal', amount?: string | null } } }>, byProject: Array<{ __typename?: 'FinanceRow', key: string, label: string, figures: { __typename?: 'FinanceFigures', deliveryRate?: number | null, budget: { __typename?: 'MoneyTotal', amount?: string | null }, contributions: { __typename?: 'MoneyTotal', amount?: string | null }, pledged: { __typename?: 'MoneyTotal', amount?: string | null }, received: { __typename?: 'MoneyTotal', amount?: string | null }, transferred: { __typename?: 'MoneyTotal', amount?: string | null }, committed: { __typename?: 'MoneyTotal', amount?: string | null }, disbursed: { __typename?: 'MoneyTotal', amount?: string | null }, spent: { __typename?: 'MoneyTotal', amount?: string | null } } }>, byOrganisation: Array<{ __typename?: 'FinanceRow', key: string, label: string, figures: { __typename?: 'FinanceFigures', deliveryRate?: number | null, budget: { __typename?: 'MoneyTotal', amount?: string | null }, contributions: { __typename?: 'MoneyTotal', amount?: string | null }, pledged: { __typename?: 'MoneyTotal', amount?: string | null }, received: { __typename?: 'MoneyTotal', amount?: string | null }, transferred: { __typename?: 'MoneyTotal', amount?: string | null }, committed: { __typename?: 'MoneyTotal', amount?: string | null }, disbursed: { __typename?: 'MoneyTotal', amount?: string | null }, spent: { __typename?: 'MoneyTotal', amount?: string | null } } }>, byDonor: Array<{ __typename?: 'FinanceRow', key: string, label: string, figures: { __typename?: 'FinanceFigures', deliveryRate?: number | null, budget: { __typename?: 'MoneyTotal', amount?: string | null }, contributions: { __typename?: 'MoneyTotal', amount?: string | null }, pledged: { __typename?: 'MoneyTotal', amount?: string | null }, received: { __typename?: 'MoneyTotal', amount?: string | null }, transferred: { __typename?: 'MoneyTotal', amount?: string | null }, committed: { __typename?: 'MoneyTotal', amount?: string | null }, disbursed: { __typename?: 'MoneyTotal', amount?: string | null }, spent: { __typename?: 'MoneyTotal', amount?: string | null } } }> }, transactions: Array<{ __typename?: 'TransactionRecord', id: string, version: number, type: string, typeName: string, transactionDate: string, valueDate: string, description: string, advance: boolean, programmeId?: string | null, projectId?: string | null, reversesId?: string | null, amount: { __typename?: 'Money', amount: string, currency: string }, converted: { __typename?: 'ConvertedMoney', amount?: string | null, currency: string, rate?: string | null, rateDate?: string | null }, provider?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, receiver?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, receiverProject?: { __typename?: 'ProjectName', id: string, title: string } | null, output?: { __typename?: 'OutputName', id: string, statement: string } | null }> } };

export type PublishContributionsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  publish: Scalars['Boolean']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PublishContributionsMutation = { __typename?: 'Mutation', updateProgramme: { __typename?: 'Programme', id: string, version: number, publishContributions: boolean } };

export type ExchangeRateRowFragment = { __typename?: 'ExchangeRateRecord', id: string, version: number, currency: string, quote: string, rateDate: string, rate: string, source: string };

export type ExchangeRatesQueryVariables = Exact<{
  currency?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExchangeRatesQuery = { __typename?: 'Query', exchangeRates: Array<{ __typename?: 'ExchangeRateRecord', id: string, version: number, currency: string, quote: string, rateDate: string, rate: string, source: string }> };

export type ExchangeRateCurrenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExchangeRateCurrenciesQuery = { __typename?: 'Query', exchangeRates: Array<{ __typename?: 'ExchangeRateRecord', id: string, currency: string, quote: string }> };

export type SetExchangeRateMutationVariables = Exact<{
  input: ExchangeRateInput;
}>;


export type SetExchangeRateMutation = { __typename?: 'Mutation', setExchangeRate: { __typename?: 'ExchangeRateRecord', id: string, version: number, currency: string, quote: string, rateDate: string, rate: string, source: string } };

export type DeleteExchangeRateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteExchangeRateMutation = { __typename?: 'Mutation', deleteExchangeRate: string };

export type IatiImportJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IatiImportJobQuery = { __typename?: 'Query', iatiImport: { __typename?: 'IatiImport', id: string, state: IatiImportState, progress: number, bytesTotal: number, iatiVersion?: string | null, errorCount: number, warningCount: number, programmeId?: string | null, failure?: string | null, errors: Array<{ __typename?: 'IatiImportIssue', activity?: string | null, line: number, column: number, message: string }>, warnings: Array<{ __typename?: 'IatiImportIssue', activity?: string | null, line: number, column: number, message: string }>, activities: Array<{ __typename?: 'IatiImportActivity', identifier: string, line: number, title: string, kind: IatiActivityKind, action: IatiImportAction, parent?: string | null, orphan: boolean, organisations: number, budgets: number, transactions: number, results: number, indicators: number, documents: number }>, result?: { __typename?: 'IatiImportResult', programmesCreated: number, programmesUpdated: number, projectsCreated: number, projectsUpdated: number, organisationsCreated: number, budgets: number, transactions: number, results: number, indicators: number, activities: Array<{ __typename?: 'IatiImportedActivity', identifier: string, kind: IatiActivityKind, id: string, title: string }> } | null } };

export type CommitIatiImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  programmeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CommitIatiImportMutation = { __typename?: 'Mutation', commitIatiImport: { __typename?: 'IatiImport', id: string, state: IatiImportState, progress: number, programmeId?: string | null } };

export type CancelIatiImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelIatiImportMutation = { __typename?: 'Mutation', cancelIatiImport: { __typename?: 'IatiImport', id: string, state: IatiImportState } };

export type IatiComplianceItemRowFragment = { __typename?: 'IatiComplianceItem', code: string, severity: ComplianceSeverity, message: string, recordType: string, recordId: string, field?: string | null, projectId?: string | null, recordName?: string | null };

export type ProjectIatiQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectIatiQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, iatiIdentifier: string, iatiCompliance: Array<{ __typename?: 'IatiComplianceItem', code: string, severity: ComplianceSeverity, message: string, recordType: string, recordId: string, field?: string | null, projectId?: string | null, recordName?: string | null }> } };

export type ProgrammeIatiQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeIatiQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, canEdit: boolean, iatiPublished: boolean, iatiPublicationUrl?: string | null, projects: Array<{ __typename?: 'Project', id: string, iatiIdentifier: string }>, iatiCompliance: Array<{ __typename?: 'IatiComplianceItem', code: string, severity: ComplianceSeverity, message: string, recordType: string, recordId: string, field?: string | null, projectId?: string | null, recordName?: string | null }> } };

export type SetIatiPublicationMutationVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
}>;


export type SetIatiPublicationMutation = { __typename?: 'Mutation', setIatiPublication: { __typename?: 'Programme', id: string, iatiPublished: boolean, iatiPublicationUrl?: string | null } };

export type KnowledgeCardFragment = { __typename?: 'KnowledgeItem', id: string, kind: KnowledgeKind, title: string, summary: string, publishedOn: string, rank?: number | null, highlightedTitle: Array<{ __typename?: 'TextFragment', text: string, highlighted: boolean }>, snippet: Array<{ __typename?: 'TextFragment', text: string, highlighted: boolean }>, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string }>, authorOrganisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, projects: Array<{ __typename?: 'ProjectName', id: string, title: string }> };

export type KnowledgeDetailFragment = { __typename?: 'KnowledgeItem', id: string, kind: KnowledgeKind, title: string, summary: string, body: string, publishedOn: string, version: number, canEdit: boolean, updatedAt: string, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string }>, authorOrganisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, projects: Array<{ __typename?: 'ProjectName', id: string, title: string }> };

export type KnowledgeItemsQueryVariables = Exact<{
  filter?: InputMaybe<KnowledgeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type KnowledgeItemsQuery = { __typename?: 'Query', knowledgeItems: { __typename?: 'KnowledgeItemPage', totalCount: number, hasNextPage: boolean, items: Array<{ __typename?: 'KnowledgeItem', id: string, kind: KnowledgeKind, title: string, summary: string, publishedOn: string, rank?: number | null, highlightedTitle: Array<{ __typename?: 'TextFragment', text: string, highlighted: boolean }>, snippet: Array<{ __typename?: 'TextFragment', text: string, highlighted: boolean }>, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string }>, authorOrganisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, projects: Array<{ __typename?: 'ProjectName', id: string, title: string }> }> } };

export type KnowledgeItemQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgeItemQuery = { __typename?: 'Query', knowledgeItem: { __typename?: 'KnowledgeItem', id: string, kind: KnowledgeKind, title: string, summary: string, body: string, publishedOn: string, version: number, canEdit: boolean, updatedAt: string, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string }>, authorOrganisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, projects: Array<{ __typename?: 'ProjectName', id: string, title: string }> } };

export type CreateKnowledgeItemMutationVariables = Exact<{
  input: KnowledgeItemInput;
}>;


export type CreateKnowledgeItemMutation = { __typename?: 'Mutation', createKnowledgeItem: { __typename?: 'KnowledgeItem', id: string, title: string } };

export type UpdateKnowledgeItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: KnowledgeItemInput;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateKnowledgeItemMutation = { __typename?: 'Mutation', updateKnowledgeItem: { __typename?: 'KnowledgeItem', id: string, kind: KnowledgeKind, title: string, summary: string, body: string, publishedOn: string, version: number, canEdit: boolean, updatedAt: string, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string }>, authorOrganisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null, projects: Array<{ __typename?: 'ProjectName', id: string, title: string }> } };

export type DeleteKnowledgeItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeleteKnowledgeItemMutation = { __typename?: 'Mutation', deleteKnowledgeItem: string };

export type ProjectKnowledgeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectKnowledgeQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, knowledge: Array<{ __typename?: 'KnowledgeItem', id: string, kind: KnowledgeKind, title: string, summary: string, publishedOn: string }> } };

export type KnowledgeProjectOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type KnowledgeProjectOptionsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', items: Array<{ __typename?: 'Project', id: string, title: string, iatiIdentifier: string }> } };

export type TrendNotesQueryVariables = Exact<{
  filter?: InputMaybe<TrendNoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TrendNotesQuery = { __typename?: 'Query', trendNotes: { __typename?: 'TrendNotePage', totalCount: number, items: Array<{ __typename?: 'TrendNote', id: string, version: number, title: string, body: string, notedOn: string, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string }>, sources: Array<{ __typename?: 'TrendSource', title: string, url?: string | null }>, authorOrganisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null }> } };

export type TrendNoteRowFragment = { __typename?: 'TrendNote', id: string, version: number, title: string, body: string, notedOn: string, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string }>, sources: Array<{ __typename?: 'TrendSource', title: string, url?: string | null }>, authorOrganisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null };

export type CreateTrendNoteMutationVariables = Exact<{
  input: TrendNoteInput;
}>;


export type CreateTrendNoteMutation = { __typename?: 'Mutation', createTrendNote: { __typename?: 'TrendNote', id: string, version: number, title: string, body: string, notedOn: string, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string }>, sources: Array<{ __typename?: 'TrendSource', title: string, url?: string | null }>, authorOrganisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null } };

export type UpdateTrendNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TrendNoteInput;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateTrendNoteMutation = { __typename?: 'Mutation', updateTrendNote: { __typename?: 'TrendNote', id: string, version: number, title: string, body: string, notedOn: string, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string }>, sources: Array<{ __typename?: 'TrendSource', title: string, url?: string | null }>, authorOrganisation?: { __typename?: 'OrganisationName', id: string, name: string, acronym?: string | null } | null } };

export type DeleteTrendNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeleteTrendNoteMutation = { __typename?: 'Mutation', deleteTrendNote: string };

export type ProjectHistoryWordsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProjectHistoryWordsQuery = { __typename?: 'Query', projectHistory: { __typename?: 'AuditEventConnection', totalCount: number, hasNextPage: boolean, endCursor?: string | null, items: Array<{ __typename?: 'AuditEvent', id: string, at: string, action: string, kindName: string, recordName?: string | null, summary: string, readableChanges: Array<{ __typename?: 'AuditChangeText', field: string, text: string }>, actor?: { __typename?: 'User', id: string, name: string, organisation?: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } | null } | null }> } };

export type LogframeQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type LogframeQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, title: string, iatiIdentifier: string, canEdit: boolean, plannedStart: string, plannedEnd: string, actualStart?: string | null, actualEnd?: string | null, programme: { __typename?: 'Programme', id: string, title: string }, participations: Array<{ __typename?: 'Participation', id: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } }> }, logframe: { __typename?: 'Logframe', projectId: string, canEdit: boolean, nodes: Array<{ __typename?: 'ResultNode', id: string, code: string, depth: number, level: ResultLevel, parentId?: string | null, position: number, statement: string, description: string, assumptions: string, canReport: boolean, version: number, risks: Array<{ __typename?: 'RiskType', description: string, likelihood: string, impact: string, mitigation: string }>, responsibleOrganisation?: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } | null, indicators: Array<{ __typename?: 'Indicator', id: string, title: string, definition: string, measure: string, unitLabel: string, direction: Direction, aggregation: Aggregation, baselineValue?: number | null, baselineDate?: string | null, baselineNote: string, meansOfVerification: string, dataSource: string, frequency: Frequency, sensitive: boolean, sdgIndicator?: string | null, version: number, canReport: boolean, dimensions: Array<{ __typename?: 'DimensionType', name: string, values: Array<string>, exhaustive: boolean }>, programmeIndicator?: { __typename?: 'ProgrammeIndicatorLink', id: string, title: string } | null, progress: { __typename?: 'IndicatorProgress', cumulativeActual?: number | null, cumulativeActualDisplay?: string | null, endTarget?: number | null, progress?: number | null, expectedProgress?: number | null, status: IndicatorStatus }, values: Array<{ __typename?: 'IndicatorValueView', id: string, dimension: string, category: string, target?: number | null, actual?: number | null, actualDisplay?: string | null, suppressed: boolean, numerator?: number | null, denominator?: number | null, targetText?: string | null, actualText?: string | null, comment: string, evidence: Array<string>, version: number, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string } }> }> }>, periods: Array<{ __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string }>, revisions: Array<{ __typename?: 'LogframeRevision', id: string, number: number, approvedAt: string, reason: string }> } };

export type UpdateResultNodeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResultNodePatch;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateResultNodeMutation = { __typename?: 'Mutation', updateResultNode: { __typename?: 'ResultNode', id: string, statement: string, description: string, assumptions: string, canReport: boolean, version: number, risks: Array<{ __typename?: 'RiskType', description: string, likelihood: string, impact: string, mitigation: string }>, responsibleOrganisation?: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } | null } };

export type AddResultNodeMutationVariables = Exact<{
  input: ResultNodeInput;
}>;


export type AddResultNodeMutation = { __typename?: 'Mutation', addResultNode: { __typename?: 'ResultNode', id: string } };

export type DeleteResultNodeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeleteResultNodeMutation = { __typename?: 'Mutation', deleteResultNode: Array<string> };

export type MoveResultNodeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position: Scalars['Int']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MoveResultNodeMutation = { __typename?: 'Mutation', moveResultNode: { __typename?: 'ResultNode', id: string } };

export type AddIndicatorMutationVariables = Exact<{
  nodeId: Scalars['ID']['input'];
  input: IndicatorInput;
}>;


export type AddIndicatorMutation = { __typename?: 'Mutation', addIndicator: { __typename?: 'Indicator', id: string } };

export type UpdateIndicatorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: IndicatorInput;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateIndicatorMutation = { __typename?: 'Mutation', updateIndicator: { __typename?: 'Indicator', id: string } };

export type DeleteIndicatorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeleteIndicatorMutation = { __typename?: 'Mutation', deleteIndicator: string };

export type SetIndicatorValuesMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  values: Array<IndicatorValueInput> | IndicatorValueInput;
}>;


export type SetIndicatorValuesMutation = { __typename?: 'Mutation', setIndicatorValues: Array<{ __typename?: 'IndicatorValueView', id: string }> };

export type SetReportingCalendarMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  frequency: Frequency;
}>;


export type SetReportingCalendarMutation = { __typename?: 'Mutation', setReportingCalendar: Array<{ __typename?: 'ReportingPeriod', id: string }> };

export type ApproveLogframeMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ApproveLogframeMutation = { __typename?: 'Mutation', approveLogframe: { __typename?: 'LogframeRevision', id: string, number: number } };

export type LogframeDiffViewFragment = { __typename?: 'LogframeDiffType', addedNodes: Array<{ __typename?: 'NodeChangeType', id: string, statement: string, fromCode?: string | null, toCode?: string | null }>, removedNodes: Array<{ __typename?: 'NodeChangeType', id: string, statement: string, fromCode?: string | null, toCode?: string | null }>, movedNodes: Array<{ __typename?: 'NodeChangeType', id: string, statement: string, fromCode?: string | null, toCode?: string | null }>, changedNodes: Array<{ __typename?: 'NodeChangeType', id: string, statement: string, toCode?: string | null, changes: Array<{ __typename?: 'FieldChangeType', field: string, before?: any | null, after?: any | null }> }>, addedIndicators: Array<{ __typename?: 'IndicatorChangeType', id: string, title: string, nodeCode?: string | null }>, removedIndicators: Array<{ __typename?: 'IndicatorChangeType', id: string, title: string, nodeCode?: string | null }>, changedIndicators: Array<{ __typename?: 'IndicatorChangeType', id: string, title: string, nodeCode?: string | null, changes: Array<{ __typename?: 'FieldChangeType', field: string, before?: any | null, after?: any | null }> }>, changedTargets: Array<{ __typename?: 'TargetChangeType', indicatorId: string, indicatorTitle: string, period: string, dimension: string, category: string, before?: any | null, after?: any | null }> };

export type LogframeDiffQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  fromRevisionId: Scalars['ID']['input'];
  toRevisionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LogframeDiffQuery = { __typename?: 'Query', logframeDiff: { __typename?: 'LogframeDiffType', addedNodes: Array<{ __typename?: 'NodeChangeType', id: string, statement: string, fromCode?: string | null, toCode?: string | null }>, removedNodes: Array<{ __typename?: 'NodeChangeType', id: string, statement: string, fromCode?: string | null, toCode?: string | null }>, movedNodes: Array<{ __typename?: 'NodeChangeType', id: string, statement: string, fromCode?: string | null, toCode?: string | null }>, changedNodes: Array<{ __typename?: 'NodeChangeType', id: string, statement: string, toCode?: string | null, changes: Array<{ __typename?: 'FieldChangeType', field: string, before?: any | null, after?: any | null }> }>, addedIndicators: Array<{ __typename?: 'IndicatorChangeType', id: string, title: string, nodeCode?: string | null }>, removedIndicators: Array<{ __typename?: 'IndicatorChangeType', id: string, title: string, nodeCode?: string | null }>, changedIndicators: Array<{ __typename?: 'IndicatorChangeType', id: string, title: string, nodeCode?: string | null, changes: Array<{ __typename?: 'FieldChangeType', field: string, before?: any | null, after?: any | null }> }>, changedTargets: Array<{ __typename?: 'TargetChangeType', indicatorId: string, indicatorTitle: string, period: string, dimension: string, category: string, before?: any | null, after?: any | null }> } };

export type SaveGridValuesMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  values: Array<IndicatorValueInput> | IndicatorValueInput;
}>;


export type SaveGridValuesMutation = { __typename?: 'Mutation', setIndicatorValues: Array<{ __typename?: 'IndicatorValueView', id: string, dimension: string, category: string, version: number, period: { __typename?: 'ReportingPeriod', id: string } }> };

export type NotificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationPage', unreadCount: number, hasNextPage: boolean, items: Array<{ __typename?: 'Notification', id: string, kind: string, message: string, link: string, createdAt: string, readAt?: string | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type MyReportingQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReportingQuery = { __typename?: 'Query', myReporting: { __typename?: 'MyReporting', toReport: Array<{ __typename?: 'ReportingTask', projectId: string, projectTitle: string, indicatorId: string, indicatorTitle: string, nodeCode?: string | null, dueDate: string, overdue: boolean, state: UpdateState, returnReason: string, submittedAt?: string | null, submittedByName?: string | null, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string } }>, returned: Array<{ __typename?: 'ReportingTask', projectId: string, projectTitle: string, indicatorId: string, indicatorTitle: string, nodeCode?: string | null, dueDate: string, overdue: boolean, state: UpdateState, returnReason: string, submittedAt?: string | null, submittedByName?: string | null, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string } }>, overdue: Array<{ __typename?: 'ReportingTask', projectId: string, projectTitle: string, indicatorId: string, indicatorTitle: string, nodeCode?: string | null, dueDate: string, overdue: boolean, state: UpdateState, returnReason: string, submittedAt?: string | null, submittedByName?: string | null, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string } }>, awaitingApproval: Array<{ __typename?: 'ReportingTask', projectId: string, projectTitle: string, indicatorId: string, indicatorTitle: string, nodeCode?: string | null, dueDate: string, overdue: boolean, state: UpdateState, returnReason: string, submittedAt?: string | null, submittedByName?: string | null, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string } }>, totals: { __typename?: 'ReportingTotals', toReport: number, returned: number, overdue: number, awaitingApproval: number } } };

export type ReportingTaskFieldsFragment = { __typename?: 'ReportingTask', projectId: string, projectTitle: string, indicatorId: string, indicatorTitle: string, nodeCode?: string | null, dueDate: string, overdue: boolean, state: UpdateState, returnReason: string, submittedAt?: string | null, submittedByName?: string | null, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string } };

export type OrganisationRowFragment = { __typename?: 'Organisation', id: string, version: number, name: string, acronym?: string | null, kind: OrganisationKind, iatiType?: string | null, iatiTypeName?: string | null, iatiRef?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null };

export type OrganisationsQueryVariables = Exact<{
  filter?: InputMaybe<OrganisationFilter>;
}>;


export type OrganisationsQuery = { __typename?: 'Query', organisations: Array<{ __typename?: 'Organisation', id: string, version: number, name: string, acronym?: string | null, kind: OrganisationKind, iatiType?: string | null, iatiTypeName?: string | null, iatiRef?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: OrganisationInput;
}>;


export type CreateOrganisationMutation = { __typename?: 'Mutation', createOrganisation: { __typename?: 'Organisation', id: string, version: number, name: string, acronym?: string | null, kind: OrganisationKind, iatiType?: string | null, iatiTypeName?: string | null, iatiRef?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: OrganisationPatch;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateOrganisationMutation = { __typename?: 'Mutation', updateOrganisation: { __typename?: 'Organisation', id: string, version: number, name: string, acronym?: string | null, kind: OrganisationKind, iatiType?: string | null, iatiTypeName?: string | null, iatiRef?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null } };

export type ArchiveOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveOrganisationMutation = { __typename?: 'Mutation', archiveOrganisation: { __typename?: 'Organisation', id: string, archivedAt?: string | null } };

export type OrganisationOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationOptionsQuery = { __typename?: 'Query', organisations: Array<{ __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind }> };

export type AddParticipationMutationVariables = Exact<{
  input: ParticipationInput;
}>;


export type AddParticipationMutation = { __typename?: 'Mutation', addParticipation: { __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } } };

export type RemoveParticipationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveParticipationMutation = { __typename?: 'Mutation', removeParticipation: string };

export type AreaSummaryQueryVariables = Exact<{
  filter: PortfolioFilter;
  withCountries: Scalars['Boolean']['input'];
  withFocusAreas: Scalars['Boolean']['input'];
}>;


export type AreaSummaryQuery = { __typename?: 'Query', portfolioSummary: { __typename?: 'PortfolioSummary', reportingCurrency: string, byYear: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, byLegalInstrument: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, byDonor: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, byStatus: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, byCountry?: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, byFocusArea?: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, totals: { __typename?: 'PortfolioTotals', programmes: number, projects: number, countries: number, partners: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }>, resultsByYear: Array<{ __typename?: 'ResultsYear', year: number, reported: number, assessed: number, met: number, suppressed: number }> } };

export type AreaProjectsQueryVariables = Exact<{
  filter: ProjectFilter;
}>;


export type AreaProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, items: Array<{ __typename?: 'Project', id: string, title: string, iatiIdentifier: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, programme: { __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } }, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } }> }> } };

export type DonorHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type DonorHomeQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, status: string, statusName: string, isDemo: boolean, startDate: string, endDate: string, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, projects: Array<{ __typename?: 'Project', id: string, title: string, iatiIdentifier: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, recipientCountries: Array<{ __typename?: 'RecipientCountry', percentage: number, country: { __typename?: 'Country', code: string, name: string } }> }> }> };

export type PortfolioRowFragment = { __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } };

export type PortfolioTotalsFieldsFragment = { __typename?: 'PortfolioTotals', programmes: number, projects: number, countries: number, partners: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } };

export type PortfolioSummaryHeadFragment = { __typename?: 'PortfolioSummary', reportingCurrency: string, totals: { __typename?: 'PortfolioTotals', programmes: number, projects: number, countries: number, partners: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }>, resultsByYear: Array<{ __typename?: 'ResultsYear', year: number, reported: number, assessed: number, met: number, suppressed: number }> };

export type PortfolioDashboardQueryVariables = Exact<{
  filter?: InputMaybe<PortfolioFilter>;
}>;


export type PortfolioDashboardQuery = { __typename?: 'Query', portfolioSummary: { __typename?: 'PortfolioSummary', reportingCurrency: string, byYear: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, byDonor: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, byFocusArea: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, byStatus: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, byCountry: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, totals: { __typename?: 'PortfolioTotals', programmes: number, projects: number, countries: number, partners: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }>, resultsByYear: Array<{ __typename?: 'ResultsYear', year: number, reported: number, assessed: number, met: number, suppressed: number }> } };

export type DonorDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DonorDashboardQuery = { __typename?: 'Query', portfolioSummary: { __typename?: 'PortfolioSummary', reportingCurrency: string, byYear: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, byStatus: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, byCountry: Array<{ __typename?: 'PortfolioFigures', key: string, label: string, programmes: number, projects: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }>, totals: { __typename?: 'PortfolioTotals', programmes: number, projects: number, countries: number, partners: number, budget?: string | null, contributions?: string | null, received?: string | null, spent?: string | null, deliveryRate?: number | null, fundingGap?: string | null, indicators: { __typename?: 'IndicatorPerformance', onTrack: number, atRisk: number, offTrack: number, noData: number, total: number } }, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }>, resultsByYear: Array<{ __typename?: 'ResultsYear', year: number, reported: number, assessed: number, met: number, suppressed: number }> } };

export type PortfolioFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortfolioFilterOptionsQuery = { __typename?: 'Query', portfolioSummary: { __typename?: 'PortfolioSummary', byLeadAgency: Array<{ __typename?: 'PortfolioFigures', key: string, label: string }>, byDonor: Array<{ __typename?: 'PortfolioFigures', key: string, label: string }>, byRegion: Array<{ __typename?: 'PortfolioFigures', key: string, label: string }>, byYear: Array<{ __typename?: 'PortfolioFigures', key: string }> } };

export type PortfolioProgrammeFragment = { __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, status: string, statusName: string, isDemo: boolean, canEdit: boolean, projectCount: number, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }> };

export type PortfolioProjectsQueryVariables = Exact<{
  filter?: InputMaybe<ProjectFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortfolioProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, hasNextPage: boolean, endCursor?: string | null, items: Array<{ __typename?: 'Project', id: string, title: string, iatiIdentifier: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, recipientCountries: Array<{ __typename?: 'RecipientCountry', percentage: number, country: { __typename?: 'Country', code: string, name: string } }>, programme: { __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, status: string, statusName: string, isDemo: boolean, canEdit: boolean, projectCount: number, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }> } }> } };

export type PortfolioProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type PortfolioProgrammesQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, status: string, statusName: string, isDemo: boolean, canEdit: boolean, projectCount: number, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }> }> };

export type ParticipationRowFragment = { __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } };

export type ProgrammeDetailFragment = { __typename?: 'Programme', id: string, version: number, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, startDate: string, endDate: string, isDemo: boolean, canEdit: boolean, archivedAt?: string | null, projectCount: number, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, legalInstruments: Array<{ __typename?: 'LegalInstrument', code: string, name: string, shortName: string, family: string }>, sdgTargets: Array<{ __typename?: 'SdgTarget', code: string, goal: number, title: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string, region: string }>, sectors: Array<{ __typename?: 'SectorShare', code: string, name: string, percentage: number, vocabulary: string }>, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } }> };

export type ProgrammeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, version: number, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, startDate: string, endDate: string, isDemo: boolean, canEdit: boolean, archivedAt?: string | null, projectCount: number, projects: Array<{ __typename?: 'Project', id: string, title: string, iatiIdentifier: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, recipientCountries: Array<{ __typename?: 'RecipientCountry', percentage: number, country: { __typename?: 'Country', code: string, name: string } }> }>, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, legalInstruments: Array<{ __typename?: 'LegalInstrument', code: string, name: string, shortName: string, family: string }>, sdgTargets: Array<{ __typename?: 'SdgTarget', code: string, goal: number, title: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string, region: string }>, sectors: Array<{ __typename?: 'SectorShare', code: string, name: string, percentage: number, vocabulary: string }>, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } }> } };

export type CreateProgrammeMutationVariables = Exact<{
  input: ProgrammeInput;
}>;


export type CreateProgrammeMutation = { __typename?: 'Mutation', createProgramme: { __typename?: 'Programme', id: string, version: number, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, startDate: string, endDate: string, isDemo: boolean, canEdit: boolean, archivedAt?: string | null, projectCount: number, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, legalInstruments: Array<{ __typename?: 'LegalInstrument', code: string, name: string, shortName: string, family: string }>, sdgTargets: Array<{ __typename?: 'SdgTarget', code: string, goal: number, title: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string, region: string }>, sectors: Array<{ __typename?: 'SectorShare', code: string, name: string, percentage: number, vocabulary: string }>, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } }> } };

export type UpdateProgrammeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProgrammePatch;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateProgrammeMutation = { __typename?: 'Mutation', updateProgramme: { __typename?: 'Programme', id: string, version: number, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, startDate: string, endDate: string, isDemo: boolean, canEdit: boolean, archivedAt?: string | null, projectCount: number, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, legalInstruments: Array<{ __typename?: 'LegalInstrument', code: string, name: string, shortName: string, family: string }>, sdgTargets: Array<{ __typename?: 'SdgTarget', code: string, goal: number, title: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string, region: string }>, sectors: Array<{ __typename?: 'SectorShare', code: string, name: string, percentage: number, vocabulary: string }>, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } }> } };

export type ArchiveProgrammeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveProgrammeMutation = { __typename?: 'Mutation', archiveProgramme: { __typename?: 'Programme', id: string, archivedAt?: string | null } };

export type ProgrammeResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeResultsQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, canEdit: boolean, resultIndicators: Array<{ __typename?: 'ProgrammeIndicator', id: string, version: number, title: string, definition: string, measure: string, unitLabel: string, direction: Direction, aggregation: ProgrammeAggregation, resultType?: ResultLevel | null, sdgIndicator?: string | null, rollup: { __typename?: 'ProgrammeRollup', baseline?: number | null, endTarget?: number | null, cumulativeActual?: number | null, cumulativeActualDisplay?: string | null, progress?: number | null, expectedProgress?: number | null, status: IndicatorStatus, contributingProjects: number, contributions: Array<{ __typename?: 'ProgrammeContribution', projectId: string, baseline?: number | null, project: { __typename?: 'Project', id: string, title: string, iatiIdentifier: string }, indicator: { __typename?: 'Indicator', id: string, title: string }, progress: { __typename?: 'IndicatorProgress', cumulativeActual?: number | null, cumulativeActualDisplay?: string | null, endTarget?: number | null, progress?: number | null, status: IndicatorStatus } }>, byYear: Array<{ __typename?: 'ProgrammeYearFigures', year: number, target?: number | null, actual?: number | null, actualDisplay?: string | null }> } }> } };

export type CreateProgrammeIndicatorMutationVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  input: ProgrammeIndicatorInput;
}>;


export type CreateProgrammeIndicatorMutation = { __typename?: 'Mutation', createProgrammeIndicator: { __typename?: 'ProgrammeIndicator', id: string, title: string } };

export type UpdateProgrammeIndicatorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProgrammeIndicatorInput;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateProgrammeIndicatorMutation = { __typename?: 'Mutation', updateProgrammeIndicator: { __typename?: 'ProgrammeIndicator', id: string, title: string, version: number } };

export type DeleteProgrammeIndicatorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeleteProgrammeIndicatorMutation = { __typename?: 'Mutation', deleteProgrammeIndicator: string };

export type ProgrammeResultsSummaryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeResultsSummaryQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, resultIndicators: Array<{ __typename?: 'ProgrammeIndicator', id: string, title: string, measure: string, unitLabel: string, aggregation: ProgrammeAggregation, rollup: { __typename?: 'ProgrammeRollup', baseline?: number | null, endTarget?: number | null, cumulativeActual?: number | null, cumulativeActualDisplay?: string | null, progress?: number | null, status: IndicatorStatus, contributingProjects: number } }> } };

export type ProgrammeIndicatorOptionsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type ProgrammeIndicatorOptionsQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, programme: { __typename?: 'Programme', id: string, title: string, resultIndicators: Array<{ __typename?: 'ProgrammeIndicator', id: string, title: string, measure: string, unitLabel: string, aggregation: ProgrammeAggregation }> } } };

export type ProgrammeReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeReportQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, startDate: string, endDate: string, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, legalInstruments: Array<{ __typename?: 'LegalInstrument', code: string, name: string, shortName: string }>, sdgTargets: Array<{ __typename?: 'SdgTarget', code: string, title: string }>, countries: Array<{ __typename?: 'Country', code: string, name: string }>, projects: Array<{ __typename?: 'Project', id: string, title: string, iatiIdentifier: string, statusName: string, plannedStart: string, plannedEnd: string }>, finance: { __typename?: 'Finance', reportingCurrency: string, totals: { __typename?: 'FinanceFigures', deliveryRate?: number | null, fundingGap?: string | null, budget: { __typename?: 'MoneyTotal', amount?: string | null, missingRates: Array<{ __typename?: 'MissingRate', currency: string, date: string }> }, contributions: { __typename?: 'MoneyTotal', amount?: string | null }, received: { __typename?: 'MoneyTotal', amount?: string | null }, spent: { __typename?: 'MoneyTotal', amount?: string | null } }, byYear: Array<{ __typename?: 'FinanceRow', key: string, label: string, figures: { __typename?: 'FinanceFigures', deliveryRate?: number | null, budget: { __typename?: 'MoneyTotal', amount?: string | null }, spent: { __typename?: 'MoneyTotal', amount?: string | null } } }>, byDonor: Array<{ __typename?: 'FinanceRow', key: string, label: string, figures: { __typename?: 'FinanceFigures', contributions: { __typename?: 'MoneyTotal', amount?: string | null }, pledged: { __typename?: 'MoneyTotal', amount?: string | null }, received: { __typename?: 'MoneyTotal', amount?: string | null } } }> } } };

export type ReportProjectStatusQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type ReportProjectStatusQuery = { __typename?: 'Query', logframe: { __typename?: 'Logframe', projectId: string, nodes: Array<{ __typename?: 'ResultNode', id: string, indicators: Array<{ __typename?: 'Indicator', id: string, progress: { __typename?: 'IndicatorProgress', status: IndicatorStatus } }> }> } };

export type SetPolicyMarkersMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  markers: Array<PolicyMarkerInput> | PolicyMarkerInput;
}>;


export type SetPolicyMarkersMutation = { __typename?: 'Mutation', setPolicyMarkers: Array<{ __typename?: 'PolicyMarker', code: string, significance: string }> };

export type DocumentRowFragment = { __typename?: 'Document', id: string, title: string, url: string, category: string, categoryName: string, language?: string | null, documentDate?: string | null };

export type ProjectDetailFragment = { __typename?: 'Project', id: string, version: number, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, actualStart?: string | null, actualEnd?: string | null, isDemo: boolean, canEdit: boolean, internalNotes?: string | null, archivedAt?: string | null, programme: { __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, recipientCountries: Array<{ __typename?: 'RecipientCountry', percentage: number, country: { __typename?: 'Country', code: string, name: string, region: string } }>, sectors: Array<{ __typename?: 'SectorShare', code: string, name: string, percentage: number, vocabulary: string }>, policyMarkers: Array<{ __typename?: 'PolicyMarker', code: string, significance: string }>, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } }>, documents: Array<{ __typename?: 'Document', id: string, title: string, url: string, category: string, categoryName: string, language?: string | null, documentDate?: string | null }> };

export type ProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, version: number, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, actualStart?: string | null, actualEnd?: string | null, isDemo: boolean, canEdit: boolean, internalNotes?: string | null, archivedAt?: string | null, programme: { __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, recipientCountries: Array<{ __typename?: 'RecipientCountry', percentage: number, country: { __typename?: 'Country', code: string, name: string, region: string } }>, sectors: Array<{ __typename?: 'SectorShare', code: string, name: string, percentage: number, vocabulary: string }>, policyMarkers: Array<{ __typename?: 'PolicyMarker', code: string, significance: string }>, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } }>, documents: Array<{ __typename?: 'Document', id: string, title: string, url: string, category: string, categoryName: string, language?: string | null, documentDate?: string | null }> } };

export type CreateProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type CreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string, version: number, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, actualStart?: string | null, actualEnd?: string | null, isDemo: boolean, canEdit: boolean, internalNotes?: string | null, archivedAt?: string | null, programme: { __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, recipientCountries: Array<{ __typename?: 'RecipientCountry', percentage: number, country: { __typename?: 'Country', code: string, name: string, region: string } }>, sectors: Array<{ __typename?: 'SectorShare', code: string, name: string, percentage: number, vocabulary: string }>, policyMarkers: Array<{ __typename?: 'PolicyMarker', code: string, significance: string }>, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } }>, documents: Array<{ __typename?: 'Document', id: string, title: string, url: string, category: string, categoryName: string, language?: string | null, documentDate?: string | null }> } };

export type UpdateProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProjectPatch;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateProjectMutation = { __typename?: 'Mutation', updateProject: { __typename?: 'Project', id: string, version: number, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, actualStart?: string | null, actualEnd?: string | null, isDemo: boolean, canEdit: boolean, internalNotes?: string | null, archivedAt?: string | null, programme: { __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, recipientCountries: Array<{ __typename?: 'RecipientCountry', percentage: number, country: { __typename?: 'Country', code: string, name: string, region: string } }>, sectors: Array<{ __typename?: 'SectorShare', code: string, name: string, percentage: number, vocabulary: string }>, policyMarkers: Array<{ __typename?: 'PolicyMarker', code: string, significance: string }>, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } }>, documents: Array<{ __typename?: 'Document', id: string, title: string, url: string, category: string, categoryName: string, language?: string | null, documentDate?: string | null }> } };

export type ArchiveProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveProjectMutation = { __typename?: 'Mutation', archiveProject: { __typename?: 'Project', id: string, archivedAt?: string | null } };

export type AddDocumentMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  input: DocumentInput;
}>;


export type AddDocumentMutation = { __typename?: 'Mutation', addDocument: { __typename?: 'Document', id: string, title: string, url: string, category: string, categoryName: string, language?: string | null, documentDate?: string | null } };

export type UpdateDocumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DocumentInput;
}>;


export type UpdateDocumentMutation = { __typename?: 'Mutation', updateDocument: { __typename?: 'Document', id: string, title: string, url: string, category: string, categoryName: string, language?: string | null, documentDate?: string | null } };

export type RemoveDocumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveDocumentMutation = { __typename?: 'Mutation', removeDocument: string };

export type ProgrammeOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeOptionsQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, canEdit: boolean, focusAreas: Array<{ __typename?: 'FocusArea', code: string }> }> };

export type ReportingRulesQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type ReportingRulesQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, version: number, reportingLockDate?: string | null, reportingDueDays: number } };

export type SetReportingRulesMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  input: ReportingRulesInput;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SetReportingRulesMutation = { __typename?: 'Mutation', setReportingRules: { __typename?: 'Project', id: string, version: number, reportingLockDate?: string | null, reportingDueDays: number } };

export type EvidenceFileRowFragment = { __typename?: 'EvidenceFileView', id: string, name: string, mediaType: string, size: number, url: string, uploadedByName?: string | null, createdAt: string };

export type RemoveEvidenceFileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveEvidenceFileMutation = { __typename?: 'Mutation', removeEvidenceFile: boolean };

export type ReportingLogframeQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type ReportingLogframeQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, title: string, iatiIdentifier: string, canEdit: boolean, programme: { __typename?: 'Programme', id: string, title: string } }, logframe: { __typename?: 'Logframe', projectId: string, canEdit: boolean, periods: Array<{ __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string }>, nodes: Array<{ __typename?: 'ResultNode', id: string, code: string, level: ResultLevel, statement: string, canReport: boolean, responsibleOrganisation?: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } | null, indicators: Array<{ __typename?: 'Indicator', id: string, title: string, measure: string, unitLabel: string, aggregation: Aggregation, canReport: boolean, version: number, dimensions: Array<{ __typename?: 'DimensionType', name: string, values: Array<string> }>, progress: { __typename?: 'IndicatorProgress', cumulativeActualDisplay?: string | null, progress?: number | null, status: IndicatorStatus }, values: Array<{ __typename?: 'IndicatorValueView', id: string, dimension: string, category: string, target?: number | null, targetText?: string | null, actual?: number | null, actualText?: string | null, numerator?: number | null, denominator?: number | null, approvedActual?: number | null, pending: boolean, suppressed: boolean, version: number, period: { __typename?: 'ReportingPeriod', id: string } }>, updates: Array<{ __typename?: 'IndicatorUpdate', id?: string | null, indicatorId: string, state: UpdateState, dueDate: string, overdue: boolean, locked: boolean, lockReason?: string | null, narrative: string, links: Array<string>, returnReason: string, unlockReason: string, submittedAt?: string | null, submittedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, version: number, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string }, files: Array<{ __typename?: 'EvidenceFileView', id: string, name: string, mediaType: string, size: number, url: string, uploadedByName?: string | null, createdAt: string }> }> }> }> } };

export type IndicatorReportFragment = { __typename?: 'IndicatorUpdate', id?: string | null, indicatorId: string, state: UpdateState, dueDate: string, overdue: boolean, locked: boolean, lockReason?: string | null, narrative: string, links: Array<string>, returnReason: string, unlockReason: string, submittedAt?: string | null, submittedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, version: number, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string }, files: Array<{ __typename?: 'EvidenceFileView', id: string, name: string, mediaType: string, size: number, url: string, uploadedByName?: string | null, createdAt: string }> };

export type SaveIndicatorUpdateMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  update: UpdateRefInput;
  input: UpdateContentInput;
}>;


export type SaveIndicatorUpdateMutation = { __typename?: 'Mutation', saveIndicatorUpdate: { __typename?: 'IndicatorUpdate', id?: string | null, indicatorId: string, state: UpdateState, dueDate: string, overdue: boolean, locked: boolean, lockReason?: string | null, narrative: string, links: Array<string>, returnReason: string, unlockReason: string, submittedAt?: string | null, submittedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, version: number, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string }, files: Array<{ __typename?: 'EvidenceFileView', id: string, name: string, mediaType: string, size: number, url: string, uploadedByName?: string | null, createdAt: string }> } };

export type SubmitIndicatorUpdatesMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  updates: Array<UpdateRefInput> | UpdateRefInput;
}>;


export type SubmitIndicatorUpdatesMutation = { __typename?: 'Mutation', submitIndicatorUpdates: Array<{ __typename?: 'IndicatorUpdate', id?: string | null, indicatorId: string, state: UpdateState, dueDate: string, overdue: boolean, locked: boolean, lockReason?: string | null, narrative: string, links: Array<string>, returnReason: string, unlockReason: string, submittedAt?: string | null, submittedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, version: number, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string }, files: Array<{ __typename?: 'EvidenceFileView', id: string, name: string, mediaType: string, size: number, url: string, uploadedByName?: string | null, createdAt: string }> }> };

export type ApproveIndicatorUpdatesMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  updates: Array<UpdateRefInput> | UpdateRefInput;
}>;


export type ApproveIndicatorUpdatesMutation = { __typename?: 'Mutation', approveIndicatorUpdates: Array<{ __typename?: 'IndicatorUpdate', id?: string | null, indicatorId: string, state: UpdateState, dueDate: string, overdue: boolean, locked: boolean, lockReason?: string | null, narrative: string, links: Array<string>, returnReason: string, unlockReason: string, submittedAt?: string | null, submittedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, version: number, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string }, files: Array<{ __typename?: 'EvidenceFileView', id: string, name: string, mediaType: string, size: number, url: string, uploadedByName?: string | null, createdAt: string }> }> };

export type ReturnIndicatorUpdateMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  update: UpdateRefInput;
  input: ReasonInput;
}>;


export type ReturnIndicatorUpdateMutation = { __typename?: 'Mutation', returnIndicatorUpdate: { __typename?: 'IndicatorUpdate', id?: string | null, indicatorId: string, state: UpdateState, dueDate: string, overdue: boolean, locked: boolean, lockReason?: string | null, narrative: string, links: Array<string>, returnReason: string, unlockReason: string, submittedAt?: string | null, submittedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, version: number, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string }, files: Array<{ __typename?: 'EvidenceFileView', id: string, name: string, mediaType: string, size: number, url: string, uploadedByName?: string | null, createdAt: string }> } };

export type UnlockIndicatorUpdateMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  update: UpdateRefInput;
  input: ReasonInput;
}>;


export type UnlockIndicatorUpdateMutation = { __typename?: 'Mutation', unlockIndicatorUpdate: { __typename?: 'IndicatorUpdate', id?: string | null, indicatorId: string, state: UpdateState, dueDate: string, overdue: boolean, locked: boolean, lockReason?: string | null, narrative: string, links: Array<string>, returnReason: string, unlockReason: string, submittedAt?: string | null, submittedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, version: number, period: { __typename?: 'ReportingPeriod', id: string, label: string, startDate: string, endDate: string }, files: Array<{ __typename?: 'EvidenceFileView', id: string, name: string, mediaType: string, size: number, url: string, uploadedByName?: string | null, createdAt: string }> } };

export type ReportValuesMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  values: Array<IndicatorValueInput> | IndicatorValueInput;
}>;


export type ReportValuesMutation = { __typename?: 'Mutation', setIndicatorValues: Array<{ __typename?: 'IndicatorValueView', id: string, version: number }> };

export type ReportingStatusQueryVariables = Exact<{
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  periodLabel?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportingStatusQuery = { __typename?: 'Query', reportingStatus: Array<{ __typename?: 'ProjectReportingStatus', projectId: string, projectTitle: string, dueDate?: string | null, expected: number, missing: number, draft: number, submitted: number, returned: number, approved: number, completeness: number, period?: { __typename?: 'ReportingPeriod', id: string, label: string, endDate: string } | null }> };

export type ProgrammeReportingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeReportingQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, title: string, canEdit: boolean, projects: Array<{ __typename?: 'Project', id: string, title: string }> } };

export const ApiTokenRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<ApiTokenRowFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const ConvertedFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}}]} as unknown as DocumentNode<ConvertedFigureFragment, unknown>;
export const TransactionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeName"}},{"kind":"Field","name":{"kind":"Name","value":"transactionDate"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"advance"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"reversesId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}}]} as unknown as DocumentNode<TransactionRowFragment, unknown>;
export const MoneyTotalFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotalFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<MoneyTotalFigureFragment, unknown>;
export const ProjectFigureSetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectFigureSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotalFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<ProjectFigureSetFragment, unknown>;
export const ProjectFinanceRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectFinanceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}}]}}]}}]} as unknown as DocumentNode<ProjectFinanceRowFragment, unknown>;
export const BudgetLineRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetLineRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}}]} as unknown as DocumentNode<BudgetLineRowFragment, unknown>;
export const ContributionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"earmarking"}},{"kind":"Field","name":{"kind":"Name","value":"signedDate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}}]} as unknown as DocumentNode<ContributionRowFragment, unknown>;
export const ExchangeRateRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExchangeRateRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeRateRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<ExchangeRateRowFragment, unknown>;
export const IatiComplianceItemRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IatiComplianceItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IatiComplianceItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"recordName"}}]}}]} as unknown as DocumentNode<IatiComplianceItemRowFragment, unknown>;
export const KnowledgeCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlighted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlighted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<KnowledgeCardFragment, unknown>;
export const KnowledgeDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<KnowledgeDetailFragment, unknown>;
export const TrendNoteRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendNoteRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrendNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"notedOn"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<TrendNoteRowFragment, unknown>;
export const LogframeDiffViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogframeDiffView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogframeDiffType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addedNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addedIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorTitle"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<LogframeDiffViewFragment, unknown>;
export const ReportingTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorTitle"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}}]}}]} as unknown as DocumentNode<ReportingTaskFieldsFragment, unknown>;
export const OrganisationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"iatiType"}},{"kind":"Field","name":{"kind":"Name","value":"iatiTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationRowFragment, unknown>;
export const PortfolioRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<PortfolioRowFragment, unknown>;
export const PortfolioTotalsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<PortfolioTotalsFieldsFragment, unknown>;
export const PortfolioSummaryHeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioSummaryHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<PortfolioSummaryHeadFragment, unknown>;
export const PortfolioProgrammeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioProgramme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PortfolioProgrammeFragment, unknown>;
export const ParticipationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ParticipationRowFragment, unknown>;
export const ProgrammeDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ProgrammeDetailFragment, unknown>;
export const DocumentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}}]} as unknown as DocumentNode<DocumentRowFragment, unknown>;
export const ProjectDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyMarkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"significance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}}]} as unknown as DocumentNode<ProjectDetailFragment, unknown>;
export const EvidenceFileRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFileView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EvidenceFileRowFragment, unknown>;
export const IndicatorReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"unlockReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFileView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<IndicatorReportFragment, unknown>;
export const DemoNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}}]}}]}}]} as unknown as DocumentNode<DemoNoticeQuery, DemoNoticeQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MyApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneTimePassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AssignRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignRoleMutation, AssignRoleMutationVariables>;
export const RemoveRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveRoleMutation, RemoveRoleMutationVariables>;
export const RoleScopeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleScopeOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}}]}}]}}]}}]} as unknown as DocumentNode<RoleScopeOptionsQuery, RoleScopeOptionsQueryVariables>;
export const ReferenceDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vocabulary"},"value":{"kind":"StringValue","value":"1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"statuses"},"name":{"kind":"Name","value":"codelist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"ActivityStatus","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"roles"},"name":{"kind":"Name","value":"codelist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"OrganisationRole","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"documentCategories"},"name":{"kind":"Name","value":"codelist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"DocumentCategory","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"organisationTypes"},"name":{"kind":"Name","value":"codelist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"OrganisationType","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReferenceDataQuery, ReferenceDataQueryVariables>;
export const CreateTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeName"}},{"kind":"Field","name":{"kind":"Name","value":"transactionDate"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"advance"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"reversesId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]} as unknown as DocumentNode<CreateTransactionMutation, CreateTransactionMutationVariables>;
export const UpdateTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeName"}},{"kind":"Field","name":{"kind":"Name","value":"transactionDate"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"advance"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"reversesId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]} as unknown as DocumentNode<UpdateTransactionMutation, UpdateTransactionMutationVariables>;
export const DeleteTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTransactionMutation, DeleteTransactionMutationVariables>;
export const ImportTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTransactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ImportTransactionsMutation, ImportTransactionsMutationVariables>;
export const FinanceChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"currencies"},"name":{"kind":"Name","value":"codelist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Currency","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}}]}}]}}]} as unknown as DocumentNode<FinanceChoicesQuery, FinanceChoicesQueryVariables>;
export const ProjectFinanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectFinance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectFigureSet"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetLineRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContributionRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyTotalFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectFigureSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyTotalFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetLineRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"earmarking"}},{"kind":"Field","name":{"kind":"Name","value":"signedDate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<ProjectFinanceQuery, ProjectFinanceQueryVariables>;
export const ProjectFinanceBreakdownsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectFinanceBreakdowns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"finance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectFinanceRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOutput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectFinanceRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectFinanceRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectFinanceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}}]}}]}}]} as unknown as DocumentNode<ProjectFinanceBreakdownsQuery, ProjectFinanceBreakdownsQueryVariables>;
export const ProjectTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeName"}},{"kind":"Field","name":{"kind":"Name","value":"transactionDate"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"advance"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"reversesId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]} as unknown as DocumentNode<ProjectTransactionsQuery, ProjectTransactionsQueryVariables>;
export const ProjectOutputsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectOutputs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logframe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectOutputsQuery, ProjectOutputsQueryVariables>;
export const CreateBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetLineRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetLineRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]} as unknown as DocumentNode<CreateBudgetMutation, CreateBudgetMutationVariables>;
export const UpdateBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetLineRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetLineRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]} as unknown as DocumentNode<UpdateBudgetMutation, UpdateBudgetMutationVariables>;
export const DeleteBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteBudgetMutation, DeleteBudgetMutationVariables>;
export const CreateContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContributionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"earmarking"}},{"kind":"Field","name":{"kind":"Name","value":"signedDate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<CreateContributionMutation, CreateContributionMutationVariables>;
export const UpdateContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContributionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"earmarking"}},{"kind":"Field","name":{"kind":"Name","value":"signedDate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<UpdateContributionMutation, UpdateContributionMutationVariables>;
export const DeleteContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteContributionMutation, DeleteContributionMutationVariables>;
export const ReadSpreadsheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadSpreadsheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentBase64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readSpreadsheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentBase64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<ReadSpreadsheetMutation, ReadSpreadsheetMutationVariables>;
export const DonorFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DonorFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donorFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributed"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributed"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"}}]}}]}}]}}]} as unknown as DocumentNode<DonorFundingQuery, DonorFundingQueryVariables>;
export const ProgrammeFinanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeFinance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"publishContributions"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDonor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertedMoney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeName"}},{"kind":"Field","name":{"kind":"Name","value":"transactionDate"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"advance"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"reversesId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]} as unknown as DocumentNode<ProgrammeFinanceQuery, ProgrammeFinanceQueryVariables>;
export const PublishContributionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishContributions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publish"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"publishContributions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publish"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishContributions"}}]}}]}}]} as unknown as DocumentNode<PublishContributionsMutation, PublishContributionsMutationVariables>;
export const ExchangeRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExchangeRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExchangeRateRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExchangeRateRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeRateRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<ExchangeRatesQuery, ExchangeRatesQueryVariables>;
export const ExchangeRateCurrenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExchangeRateCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<ExchangeRateCurrenciesQuery, ExchangeRateCurrenciesQueryVariables>;
export const SetExchangeRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetExchangeRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setExchangeRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExchangeRateRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExchangeRateRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeRateRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<SetExchangeRateMutation, SetExchangeRateMutationVariables>;
export const DeleteExchangeRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteExchangeRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteExchangeRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteExchangeRateMutation, DeleteExchangeRateMutationVariables>;
export const IatiImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IatiImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iatiImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"bytesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"iatiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"orphan"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmesCreated"}},{"kind":"Field","name":{"kind":"Name","value":"programmesUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"projectsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"projectsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"organisationsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IatiImportJobQuery, IatiImportJobQueryVariables>;
export const CommitIatiImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitIatiImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitIatiImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}}]}}]}}]} as unknown as DocumentNode<CommitIatiImportMutation, CommitIatiImportMutationVariables>;
export const CancelIatiImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelIatiImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelIatiImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CancelIatiImportMutation, CancelIatiImportMutationVariables>;
export const ProjectIatiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectIati"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"iatiCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IatiComplianceItemRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IatiComplianceItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IatiComplianceItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"recordName"}}]}}]} as unknown as DocumentNode<ProjectIatiQuery, ProjectIatiQueryVariables>;
export const ProgrammeIatiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeIati"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"iatiPublished"}},{"kind":"Field","name":{"kind":"Name","value":"iatiPublicationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iatiCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IatiComplianceItemRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IatiComplianceItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IatiComplianceItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"recordName"}}]}}]} as unknown as DocumentNode<ProgrammeIatiQuery, ProgrammeIatiQueryVariables>;
export const SetIatiPublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIatiPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"published"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIatiPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"published"},"value":{"kind":"Variable","name":{"kind":"Name","value":"published"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iatiPublished"}},{"kind":"Field","name":{"kind":"Name","value":"iatiPublicationUrl"}}]}}]}}]} as unknown as DocumentNode<SetIatiPublicationMutation, SetIatiPublicationMutationVariables>;
export const KnowledgeItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"highlightedTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlighted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlighted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<KnowledgeItemsQuery, KnowledgeItemsQueryVariables>;
export const KnowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<KnowledgeItemQuery, KnowledgeItemQueryVariables>;
export const CreateKnowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKnowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKnowledgeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateKnowledgeItemMutation, CreateKnowledgeItemMutationVariables>;
export const UpdateKnowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateKnowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItemInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKnowledgeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KnowledgeDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KnowledgeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<UpdateKnowledgeItemMutation, UpdateKnowledgeItemMutationVariables>;
export const DeleteKnowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteKnowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteKnowledgeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteKnowledgeItemMutation, DeleteKnowledgeItemMutationVariables>;
export const ProjectKnowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectKnowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"knowledge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectKnowledgeQuery, ProjectKnowledgeQueryVariables>;
export const KnowledgeProjectOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeProjectOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeProjectOptionsQuery, KnowledgeProjectOptionsQueryVariables>;
export const TrendNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrendNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendNoteFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trendNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendNoteRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendNoteRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrendNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"notedOn"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<TrendNotesQuery, TrendNotesQueryVariables>;
export const CreateTrendNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrendNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrendNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendNoteRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendNoteRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrendNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"notedOn"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<CreateTrendNoteMutation, CreateTrendNoteMutationVariables>;
export const UpdateTrendNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrendNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendNoteInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrendNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendNoteRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendNoteRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrendNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"notedOn"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<UpdateTrendNoteMutation, UpdateTrendNoteMutationVariables>;
export const DeleteTrendNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTrendNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTrendNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteTrendNoteMutation, DeleteTrendNoteMutationVariables>;
export const ProjectHistoryWordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectHistoryWords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"readableChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectHistoryWordsQuery, ProjectHistoryWordsQueryVariables>;
export const LogframeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Logframe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"logframe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDate"}},{"kind":"Field","name":{"kind":"Name","value":"baselineNote"}},{"kind":"Field","name":{"kind":"Name","value":"meansOfVerification"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"}},{"kind":"Field","name":{"kind":"Name","value":"sdgIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"exhaustive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeIndicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cumulativeActual"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeActualDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"endTarget"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"actualDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"actualText"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<LogframeQuery, LogframeQueryVariables>;
export const UpdateResultNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResultNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultNodePatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResultNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateResultNodeMutation, UpdateResultNodeMutationVariables>;
export const AddResultNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddResultNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addResultNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddResultNodeMutation, AddResultNodeMutationVariables>;
export const DeleteResultNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteResultNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteResultNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteResultNodeMutation, DeleteResultNodeMutationVariables>;
export const MoveResultNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveResultNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveResultNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveResultNodeMutation, MoveResultNodeMutationVariables>;
export const AddIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nodeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nodeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nodeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddIndicatorMutation, AddIndicatorMutationVariables>;
export const UpdateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const DeleteIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteIndicatorMutation, DeleteIndicatorMutationVariables>;
export const SetIndicatorValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIndicatorValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValueInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetIndicatorValuesMutation, SetIndicatorValuesMutationVariables>;
export const SetReportingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReportingCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frequency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Frequency"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReportingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"frequency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frequency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetReportingCalendarMutation, SetReportingCalendarMutationVariables>;
export const ApproveLogframeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveLogframe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveLogframe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<ApproveLogframeMutation, ApproveLogframeMutationVariables>;
export const LogframeDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogframeDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromRevisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toRevisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logframeDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromRevisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromRevisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toRevisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toRevisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogframeDiffView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogframeDiffView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogframeDiffType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addedNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addedIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorTitle"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<LogframeDiffQuery, LogframeDiffQueryVariables>;
export const SaveGridValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveGridValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValueInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveGridValuesMutation, SaveGridValuesMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"all"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyReportingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toReport"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingApproval"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorTitle"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}}]}}]} as unknown as DocumentNode<MyReportingQuery, MyReportingQueryVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"iatiType"}},{"kind":"Field","name":{"kind":"Name","value":"iatiTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"iatiType"}},{"kind":"Field","name":{"kind":"Name","value":"iatiTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationPatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"iatiType"}},{"kind":"Field","name":{"kind":"Name","value":"iatiTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const ArchiveOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveOrganisationMutation, ArchiveOrganisationMutationVariables>;
export const OrganisationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrganisationOptionsQuery, OrganisationOptionsQueryVariables>;
export const AddParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AddParticipationMutation, AddParticipationMutationVariables>;
export const RemoveParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveParticipationMutation, RemoveParticipationMutationVariables>;
export const AreaSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCountries"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFocusAreas"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolioSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioSummaryHead"}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLegalInstrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDonor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCountries"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFocusArea"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFocusAreas"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioSummaryHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<AreaSummaryQuery, AreaSummaryQueryVariables>;
export const AreaProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaProjectsQuery, AreaProjectsQueryVariables>;
export const DonorHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DonorHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DonorHomeQuery, DonorHomeQueryVariables>;
export const PortfolioDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolioSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioSummaryHead"}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDonor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFocusArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioSummaryHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<PortfolioDashboardQuery, PortfolioDashboardQueryVariables>;
export const DonorDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DonorDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolioSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioSummaryHead"}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioSummaryHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"offTrack"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<DonorDashboardQuery, DonorDashboardQueryVariables>;
export const PortfolioFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolioSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byLeadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDonor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioFilterOptionsQuery, PortfolioFilterOptionsQueryVariables>;
export const PortfolioProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioProgramme"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioProgramme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PortfolioProjectsQuery, PortfolioProjectsQueryVariables>;
export const PortfolioProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioProgramme"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioProgramme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PortfolioProgrammesQuery, PortfolioProgrammesQueryVariables>;
export const ProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeDetail"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}}]}}]} as unknown as DocumentNode<ProgrammeQuery, ProgrammeQueryVariables>;
export const CreateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}}]}}]} as unknown as DocumentNode<CreateProgrammeMutation, CreateProgrammeMutationVariables>;
export const UpdateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammePatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}}]}}]} as unknown as DocumentNode<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>;
export const ArchiveProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveProgrammeMutation, ArchiveProgrammeMutationVariables>;
export const ProgrammeResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"resultIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"resultType"}},{"kind":"Field","name":{"kind":"Name","value":"sdgIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"endTarget"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeActual"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeActualDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contributingProjects"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cumulativeActual"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeActualDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"endTarget"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"actualDisplay"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeResultsQuery, ProgrammeResultsQueryVariables>;
export const CreateProgrammeIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgrammeIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgrammeIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateProgrammeIndicatorMutation, CreateProgrammeIndicatorMutationVariables>;
export const UpdateProgrammeIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgrammeIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeIndicatorInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgrammeIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateProgrammeIndicatorMutation, UpdateProgrammeIndicatorMutationVariables>;
export const DeleteProgrammeIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProgrammeIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProgrammeIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteProgrammeIndicatorMutation, DeleteProgrammeIndicatorMutationVariables>;
export const ProgrammeResultsSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeResultsSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resultIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"endTarget"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeActual"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeActualDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contributingProjects"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeResultsSummaryQuery, ProgrammeResultsSummaryQueryVariables>;
export const ProgrammeIndicatorOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeIndicatorOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"resultIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeIndicatorOptionsQuery, ProgrammeIndicatorOptionsQueryVariables>;
export const ProgrammeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDonor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeReportQuery, ProgrammeReportQueryVariables>;
export const ReportProjectStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportProjectStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logframe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportProjectStatusQuery, ReportProjectStatusQueryVariables>;
export const SetPolicyMarkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPolicyMarkers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"markers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyMarkerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPolicyMarkers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"markers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"markers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"significance"}}]}}]}}]} as unknown as DocumentNode<SetPolicyMarkersMutation, SetPolicyMarkersMutationVariables>;
export const ProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Project"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyMarkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"significance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentRow"}}]}}]}}]} as unknown as DocumentNode<ProjectQuery, ProjectQueryVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyMarkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"significance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentRow"}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyMarkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"significance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentRow"}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const ArchiveProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveProjectMutation, ArchiveProjectMutationVariables>;
export const AddDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}}]} as unknown as DocumentNode<AddDocumentMutation, AddDocumentMutationVariables>;
export const UpdateDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}}]} as unknown as DocumentNode<UpdateDocumentMutation, UpdateDocumentMutationVariables>;
export const RemoveDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveDocumentMutation, RemoveDocumentMutationVariables>;
export const ProgrammeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeOptionsQuery, ProgrammeOptionsQueryVariables>;
export const ReportingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLockDate"}},{"kind":"Field","name":{"kind":"Name","value":"reportingDueDays"}}]}}]}}]} as unknown as DocumentNode<ReportingRulesQuery, ReportingRulesQueryVariables>;
export const SetReportingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReportingRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingRulesInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReportingRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLockDate"}},{"kind":"Field","name":{"kind":"Name","value":"reportingDueDays"}}]}}]}}]} as unknown as DocumentNode<SetReportingRulesMutation, SetReportingRulesMutationVariables>;
export const RemoveEvidenceFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveEvidenceFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEvidenceFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveEvidenceFileMutation, RemoveEvidenceFileMutationVariables>;
export const ReportingLogframeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingLogframe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"logframe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cumulativeActualDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"actualText"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"approvedActual"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorReport"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFileView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"unlockReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileRow"}}]}}]}}]} as unknown as DocumentNode<ReportingLogframeQuery, ReportingLogframeQueryVariables>;
export const SaveIndicatorUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveIndicatorUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveIndicatorUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFileView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"unlockReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileRow"}}]}}]}}]} as unknown as DocumentNode<SaveIndicatorUpdateMutation, SaveIndicatorUpdateMutationVariables>;
export const SubmitIndicatorUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitIndicatorUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updates"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRefInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitIndicatorUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"updates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFileView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"unlockReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileRow"}}]}}]}}]} as unknown as DocumentNode<SubmitIndicatorUpdatesMutation, SubmitIndicatorUpdatesMutationVariables>;
export const ApproveIndicatorUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveIndicatorUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updates"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRefInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveIndicatorUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"updates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFileView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"unlockReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileRow"}}]}}]}}]} as unknown as DocumentNode<ApproveIndicatorUpdatesMutation, ApproveIndicatorUpdatesMutationVariables>;
export const ReturnIndicatorUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnIndicatorUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnIndicatorUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFileView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"unlockReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileRow"}}]}}]}}]} as unknown as DocumentNode<ReturnIndicatorUpdateMutation, ReturnIndicatorUpdateMutationVariables>;
export const UnlockIndicatorUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockIndicatorUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockIndicatorUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFileView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"unlockReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileRow"}}]}}]}}]} as unknown as DocumentNode<UnlockIndicatorUpdateMutation, UnlockIndicatorUpdateMutationVariables>;
export const ReportValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValueInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReportValuesMutation, ReportValuesMutationVariables>;
export const ReportingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodLabel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodLabel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodLabel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}}]}}]}}]} as unknown as DocumentNode<ReportingStatusQuery, ReportingStatusQueryVariables>;
export const ProgrammeReportingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeReporting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeReportingQuery, ProgrammeReportingQueryVariables>;