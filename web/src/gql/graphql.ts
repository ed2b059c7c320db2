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
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

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
  /** What the token is for. */
  name: Scalars['String']['input'];
  /** What the token may do. */
  scope: TokenScope;
};

/** One change to a record: who made it, when, and every changed field with its value before and after. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** `create`, `update` or `delete`. */
  action: Scalars['String']['output'];
  /** Who made the change; null for changes made by Accord itself (seeding, migrations). */
  actor?: Maybe<User>;
  /** The API token the change was made with, if any. */
  actorTokenId?: Maybe<Scalars['ID']['output']>;
  /** When the change was saved. */
  at: Scalars['DateTime']['output'];
  /** Changed fields: `{ "title": { "before": "…", "after": "…" } }`. */
  changes: Scalars['JSONObject']['output'];
  /** Identifier of the record. */
  entityId: Scalars['ID']['output'];
  /** Kind of record, e.g. `Project`. */
  entityType: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
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
  /** IATI DocumentCategory code, e.g. `A02`. */
  category: Scalars['String']['input'];
  /** Date of the document. */
  documentDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** ISO 639-1 language code. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title: Scalars['String']['input'];
  /** http or https address of the document. */
  url: Scalars['String']['input'];
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

/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Links a document to a project (administrators and the project's managers). */
  addDocument: Document;
  /** Adds an organisation to a programme or project in an IATI role. CONFLICT if it already holds that role there. */
  addParticipation: Participation;
  /** Archives an organisation: it stays on the records it is part of but leaves the lists. Administrators only. */
  archiveOrganisation: Organisation;
  /** Archives a programme: it leaves the lists but keeps its records. Administrators only. */
  archiveProgramme: Programme;
  /** Archives a project: it leaves the lists but keeps its records. */
  archiveProject: Project;
  /** Gives a user a role with its scope. Administrators only. */
  assignRole: RoleAssignment;
  /** Changes your own password; needs the current one. */
  changePassword: User;
  /** Creates an API token for yourself. It never has more rights than you have. */
  createApiToken: CreatedApiToken;
  /** Adds an organisation (administrators and programme managers). */
  createOrganisation: Organisation;
  /** Creates a joint programme; its lead agency becomes an accountable participant. Administrators only. */
  createProgramme: Programme;
  /** Creates a project in a programme (administrators and the programme's managers). */
  createProject: Project;
  /** Creates a user. Administrators only. */
  createUser: CreatedUser;
  /** Removes a document link and returns its id. */
  removeDocument: Scalars['ID']['output'];
  /** Removes a participation and returns its id. */
  removeParticipation: Scalars['ID']['output'];
  /** Takes a role away from a user. Administrators only. */
  removeRole: Scalars['ID']['output'];
  /** Gives a user a new one-time password, returned once, and signs it out everywhere. Administrators only. */
  resetPassword: Scalars['String']['output'];
  /** Revokes one of your API tokens at once. */
  revokeApiToken: ApiToken;
  /** Signs in with email and password and sets the session cookie. RATE_LIMITED after repeated failures. */
  signIn: User;
  /** Ends the current session and clears its cookie. */
  signOut: Scalars['Boolean']['output'];
  /** Changes a document link. */
  updateDocument: Document;
  /** Changes an organisation (administrators only). Give `version` to be refused with CONFLICT if someone changed it since you read it. */
  updateOrganisation: Organisation;
  /** Changes a programme (administrators and its managers). Give `version` to be refused with CONFLICT if someone changed it since you read it. */
  updateProgramme: Programme;
  /** Changes a project (administrators and the managers of the project or its programme). Give `version` to be refused with CONFLICT if someone changed it since you read it. */
  updateProject: Project;
  /** Changes a user, or deactivates it with `active: false`. Administrators only. */
  updateUser: User;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationAddDocumentArgs = {
  input: DocumentInput;
  projectId: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationAddParticipationArgs = {
  input: ParticipationInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationArchiveOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationArchiveProgrammeArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationArchiveProjectArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationAssignRoleArgs = {
  input: RoleInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationCreateApiTokenArgs = {
  input: ApiTokenInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationCreateOrganisationArgs = {
  input: OrganisationInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationCreateProgrammeArgs = {
  input: ProgrammeInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationCreateProjectArgs = {
  input: ProjectInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationCreateUserArgs = {
  input: UserInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationRemoveDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationRemoveParticipationArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationRemoveRoleArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationResetPasswordArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationUpdateDocumentArgs = {
  id: Scalars['ID']['input'];
  input: DocumentInput;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationUpdateOrganisationArgs = {
  id: Scalars['ID']['input'];
  input: OrganisationPatch;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationUpdateProgrammeArgs = {
  id: Scalars['ID']['input'];
  input: ProgrammePatch;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationUpdateProjectArgs = {
  id: Scalars['ID']['input'];
  input: ProjectPatch;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. */
export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UserPatch;
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

/** Which organisations to list. */
export type OrganisationFilter = {
  /** Include archived organisations. */
  includeArchived?: Scalars['Boolean']['input'];
  /** Only this kind. */
  kind?: InputMaybe<OrganisationKind>;
  /** Words to find in the name or acronym. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A new organisation. */
export type OrganisationInput = {
  /** Acronym. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 code of its country; empty for international bodies. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** IATI organisation identifier; must be unique. */
  iatiRef?: InputMaybe<Scalars['String']['input']>;
  /** IATI OrganisationType code. */
  iatiType?: InputMaybe<Scalars['String']['input']>;
  /** What kind of body it is. */
  kind: OrganisationKind;
  /** Full name. */
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

/** Changes to an organisation: only the fields given are changed. */
export type OrganisationPatch = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  iatiRef?: InputMaybe<Scalars['String']['input']>;
  iatiType?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrganisationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
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
  /** IATI OrganisationRole code: 1 funding, 2 accountable, 3 extending, 4 implementing. */
  role: Scalars['String']['input'];
};

/** A joint programme run by several organisations under one lead agency. In IATI it is the parent activity of its projects. */
export type Programme = {
  __typename?: 'Programme';
  /** When the record was archived; archived records are left out of lists unless asked for. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether you may change the programme: its details, participants and projects. */
  canEdit: Scalars['Boolean']['output'];
  /** Countries the programme works in. */
  countries: Array<Country>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the programme sets out to do. */
  description: Scalars['String']['output'];
  /** End date; never before the start date. */
  endDate: Scalars['LocalDate']['output'];
  /** Focus areas the programme works in. */
  focusAreas: Array<FocusArea>;
  /** IATI activity identifier, unique across programmes and projects: letters, digits, `-`, `.` and `_` only. */
  iatiIdentifier: Scalars['String']['output'];
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
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};


/** A joint programme run by several organisations under one lead agency. In IATI it is the parent activity of its projects. */
export type ProgrammeProjectsArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};

/** Which programmes to list. */
export type ProgrammeFilter = {
  /** Only programmes working in this country (ISO code). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only programmes in this focus area. */
  focusArea?: InputMaybe<Scalars['String']['input']>;
  /** Include archived programmes. */
  includeArchived?: Scalars['Boolean']['input'];
  /** Words to find in the title, description or IATI identifier. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only programmes with this IATI status. */
  status?: InputMaybe<Scalars['String']['input']>;
};

/** A new joint programme. */
export type ProgrammeInput = {
  /** ISO codes of the countries the programme works in. */
  countries?: Array<Scalars['String']['input']>;
  /** What the programme sets out to do. */
  description?: Scalars['String']['input'];
  /** End date. */
  endDate: Scalars['LocalDate']['input'];
  /** Focus area codes. */
  focusAreas?: Array<Scalars['String']['input']>;
  /** IATI activity identifier: letters, digits, `-`, `.` and `_`. */
  iatiIdentifier: Scalars['String']['input'];
  /** The lead agency; it becomes an accountable participant. */
  leadAgencyId: Scalars['ID']['input'];
  /** Legal instrument codes. */
  legalInstruments?: Array<Scalars['String']['input']>;
  /** SDG target codes, e.g. `16.3`. */
  sdgTargets?: Array<Scalars['String']['input']>;
  /** DAC sectors; percentages add up to 100 per vocabulary. */
  sectors?: Array<SectorShareInput>;
  /** Start date. */
  startDate: Scalars['LocalDate']['input'];
  /** IATI ActivityStatus code. */
  status?: Scalars['String']['input'];
  /** Title. */
  title: Scalars['String']['input'];
};

/** Changes to a programme: only the fields given are changed; a list given replaces the stored list. */
export type ProgrammePatch = {
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  focusAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  iatiIdentifier?: InputMaybe<Scalars['String']['input']>;
  leadAgencyId?: InputMaybe<Scalars['ID']['input']>;
  legalInstruments?: InputMaybe<Array<Scalars['String']['input']>>;
  sdgTargets?: InputMaybe<Array<Scalars['String']['input']>>;
  sectors?: InputMaybe<Array<SectorShareInput>>;
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
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
  /** Whether you may change the project: its details, participants, documents and logframe. */
  canEdit: Scalars['Boolean']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the project does. */
  description: Scalars['String']['output'];
  /** Documents linked to the project. */
  documents: Array<Document>;
  /** Focus areas of the project. */
  focusAreas: Array<FocusArea>;
  /** IATI activity identifier, unique across programmes and projects: letters, digits, `-`, `.` and `_` only. */
  iatiIdentifier: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Staff-only notes; visible to administrators and the project's managers, null for everyone else. */
  internalNotes?: Maybe<Scalars['String']['output']>;
  /** True for the demonstration portfolio seeded into a new installation. */
  isDemo: Scalars['Boolean']['output'];
  /** Organisations taking part in the project, with their IATI roles. */
  participations: Array<Participation>;
  /** Planned end date; never before the planned start. */
  plannedEnd: Scalars['LocalDate']['output'];
  /** Planned start date. */
  plannedStart: Scalars['LocalDate']['output'];
  /** The programme the project belongs to. */
  programme: Programme;
  /** Recipient countries with their percentages. */
  recipientCountries: Array<RecipientCountry>;
  /** DAC sectors with their percentages. */
  sectors: Array<SectorShare>;
  /** IATI ActivityStatus code: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended. */
  status: Scalars['String']['output'];
  /** Name of the IATI activity status. */
  statusName: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** One page of projects. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
  /** The projects on this page. */
  items: Array<Project>;
  /** How many projects match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** Which projects to list. Every condition given must hold. */
export type ProjectFilter = {
  /** Only projects with this recipient country (ISO code). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only projects in this focus area. */
  focusArea?: InputMaybe<Scalars['String']['input']>;
  /** Include archived projects. */
  includeArchived?: Scalars['Boolean']['input'];
  /** Only projects in which this organisation takes part, in any role. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects of this programme. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Words to find in the title, description or IATI identifier. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only projects with this IATI activity status. */
  status?: InputMaybe<Scalars['String']['input']>;
};

/** A new project within a programme. */
export type ProjectInput = {
  /** Actual end date. */
  actualEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Actual start date. */
  actualStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** What the project does. */
  description?: Scalars['String']['input'];
  /** Focus area codes. */
  focusAreas?: Array<Scalars['String']['input']>;
  /** IATI activity identifier: letters, digits, `-`, `.` and `_`. */
  iatiIdentifier: Scalars['String']['input'];
  /** Staff-only notes, shown to administrators and the project's managers only. */
  internalNotes?: Scalars['String']['input'];
  /** Planned end date. */
  plannedEnd: Scalars['LocalDate']['input'];
  /** Planned start date. */
  plannedStart: Scalars['LocalDate']['input'];
  /** The programme the project belongs to. */
  programmeId: Scalars['ID']['input'];
  /** Recipient countries; percentages add up to 100. */
  recipientCountries?: Array<RecipientCountryInput>;
  /** DAC sectors; percentages add up to 100 per vocabulary. */
  sectors?: Array<SectorShareInput>;
  /** IATI ActivityStatus code. */
  status?: Scalars['String']['input'];
  /** Title. */
  title: Scalars['String']['input'];
};

/** Changes to a project: only the fields given are changed; a list given replaces the stored list. */
export type ProjectPatch = {
  actualEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  actualStart?: InputMaybe<Scalars['LocalDate']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  focusAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  iatiIdentifier?: InputMaybe<Scalars['String']['input']>;
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  plannedEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  plannedStart?: InputMaybe<Scalars['LocalDate']['input']>;
  recipientCountries?: InputMaybe<Array<RecipientCountryInput>>;
  sectors?: InputMaybe<Array<SectorShareInput>>;
  status?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type Query = {
  __typename?: 'Query';
  /** The history of one record, newest first. Administrators and programme managers. */
  auditTrail: Array<AuditEvent>;
  /** Entries of one IATI code list: ActivityStatus, OrganisationRole, OrganisationType, DocumentCategory, TransactionType, IndicatorMeasure, ResultType, SectorVocabulary, BudgetType, BudgetStatus, Currency, Sector, SectorCategory. */
  codelist: Array<CodelistEntry>;
  /** All countries, by name. */
  countries: Array<Country>;
  /** The focus areas of the joint programmes. */
  focusAreas: Array<FocusArea>;
  /** International legal instruments whose implementation projects support, by family. */
  legalInstruments: Array<LegalInstrument>;
  /** The signed-in user, or null when nobody is signed in. */
  me?: Maybe<User>;
  /** Your API tokens, newest first, including revoked and expired ones. */
  myApiTokens: Array<ApiToken>;
  /** One organisation. NOT_FOUND if there is none with this id. */
  organisation: Organisation;
  /** Organisations, by name. Archived ones only when asked for. */
  organisations: Array<Organisation>;
  /** One programme. NOT_FOUND if there is none with this id. */
  programme: Programme;
  /** Joint programmes, by title. Archived ones only when asked for. */
  programmes: Array<Programme>;
  /** One project. NOT_FOUND if there is none with this id. */
  project: Project;
  /** Projects by title, a page at a time, filtered by programme, country, focus area, status, organisation or text. */
  projects: ProjectConnection;
  /** SDG targets, in goal order. */
  sdgTargets: Array<SdgTarget>;
  /** DAC sectors in one IATI vocabulary: `1` 5-digit purpose codes (default), `2` 3-digit categories. */
  sectors: Array<CodelistEntry>;
  /** All users, by name. Administrators only. */
  users: Array<User>;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryAuditTrailArgs = {
  entityId: Scalars['ID']['input'];
  entityType: Scalars['String']['input'];
  first?: Scalars['Int']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryCodelistArgs = {
  name: Scalars['String']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryOrganisationsArgs = {
  filter?: InputMaybe<OrganisationFilter>;
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
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
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads of the Accord portfolio: programmes, projects, organisations and reference lists. */
export type QuerySectorsArgs = {
  vocabulary?: Scalars['String']['input'];
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
  /** ISO 3166-1 alpha-2 code. */
  country: Scalars['String']['input'];
  /** Percentage, 0.01–100. */
  percentage: Scalars['Float']['input'];
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
  /** IATI SectorVocabulary code: `1` DAC 5-digit, `2` DAC 3-digit category. */
  vocabulary: Scalars['String']['output'];
};

/** A sector and its share of the activity. */
export type SectorShareInput = {
  /** Sector code in that vocabulary. */
  code: Scalars['String']['input'];
  /** Percentage, 0.01–100. */
  percentage: Scalars['Float']['input'];
  /** IATI SectorVocabulary: `1` DAC 5-digit (default) or `2` DAC 3-digit category. */
  vocabulary?: Scalars['String']['input'];
};

/** What an API token may do, never more than its owner may. */
export type TokenScope =
  /** Queries only. */
  | 'READ'
  /** Queries and mutations. */
  | 'READ_WRITE';

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

/** A new user. Without a password, a one-time password is generated and returned once. */
export type UserInput = {
  /** Email address, used to sign in; unique. */
  email: Scalars['String']['input'];
  /** Full name. */
  name: Scalars['String']['input'];
  /** The organisation the user works for. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Initial password, at least 10 characters. */
  password?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a user: only the fields given are changed. */
export type UserPatch = {
  /** False deactivates the user: it is signed out everywhere and its tokens stop working. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
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

export type DonorHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type DonorHomeQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, status: string, statusName: string, isDemo: boolean, startDate: string, endDate: string, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, projects: Array<{ __typename?: 'Project', id: string, title: string, iatiIdentifier: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, recipientCountries: Array<{ __typename?: 'RecipientCountry', percentage: number, country: { __typename?: 'Country', code: string, name: string } }> }> }> };

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

export type DocumentRowFragment = { __typename?: 'Document', id: string, title: string, url: string, category: string, categoryName: string, language?: string | null, documentDate?: string | null };

export type ProjectDetailFragment = { __typename?: 'Project', id: string, version: number, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, actualStart?: string | null, actualEnd?: string | null, isDemo: boolean, canEdit: boolean, internalNotes?: string | null, archivedAt?: string | null, programme: { __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, recipientCountries: Array<{ __typename?: 'RecipientCountry', percentage: number, country: { __typename?: 'Country', code: string, name: string, region: string } }>, sectors: Array<{ __typename?: 'SectorShare', code: string, name: string, percentage: number, vocabulary: string }>, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } }>, documents: Array<{ __typename?: 'Document', id: string, title: string, url: string, category: string, categoryName: string, language?: string | null, documentDate?: string | null }> };

export type ProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, version: number, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, actualStart?: string | null, actualEnd?: string | null, isDemo: boolean, canEdit: boolean, internalNotes?: string | null, archivedAt?: string | null, programme: { __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, recipientCountries: Array<{ __typename?: 'RecipientCountry', percentage: number, country: { __typename?: 'Country', code: string, name: string, region: string } }>, sectors: Array<{ __typename?: 'SectorShare', code: string, name: string, percentage: number, vocabulary: string }>, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } }>, documents: Array<{ __typename?: 'Document', id: string, title: string, url: string, category: string, categoryName: string, language?: string | null, documentDate?: string | null }> } };

export type CreateProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type CreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string, version: number, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, actualStart?: string | null, actualEnd?: string | null, isDemo: boolean, canEdit: boolean, internalNotes?: string | null, archivedAt?: string | null, programme: { __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, recipientCountries: Array<{ __typename?: 'RecipientCountry', percentage: number, country: { __typename?: 'Country', code: string, name: string, region: string } }>, sectors: Array<{ __typename?: 'SectorShare', code: string, name: string, percentage: number, vocabulary: string }>, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } }>, documents: Array<{ __typename?: 'Document', id: string, title: string, url: string, category: string, categoryName: string, language?: string | null, documentDate?: string | null }> } };

export type UpdateProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProjectPatch;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateProjectMutation = { __typename?: 'Mutation', updateProject: { __typename?: 'Project', id: string, version: number, title: string, iatiIdentifier: string, description: string, status: string, statusName: string, plannedStart: string, plannedEnd: string, actualStart?: string | null, actualEnd?: string | null, isDemo: boolean, canEdit: boolean, internalNotes?: string | null, archivedAt?: string | null, programme: { __typename?: 'Programme', id: string, title: string, iatiIdentifier: string, leadAgency: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null } }, focusAreas: Array<{ __typename?: 'FocusArea', code: string, name: string }>, recipientCountries: Array<{ __typename?: 'RecipientCountry', percentage: number, country: { __typename?: 'Country', code: string, name: string, region: string } }>, sectors: Array<{ __typename?: 'SectorShare', code: string, name: string, percentage: number, vocabulary: string }>, participations: Array<{ __typename?: 'Participation', id: string, role: string, roleName: string, organisation: { __typename?: 'Organisation', id: string, name: string, acronym?: string | null, kind: OrganisationKind } }>, documents: Array<{ __typename?: 'Document', id: string, title: string, url: string, category: string, categoryName: string, language?: string | null, documentDate?: string | null }> } };

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

export const ApiTokenRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<ApiTokenRowFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const OrganisationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"iatiType"}},{"kind":"Field","name":{"kind":"Name","value":"iatiTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationRowFragment, unknown>;
export const PortfolioProgrammeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioProgramme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PortfolioProgrammeFragment, unknown>;
export const ParticipationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ParticipationRowFragment, unknown>;
export const ProgrammeDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ProgrammeDetailFragment, unknown>;
export const DocumentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}}]} as unknown as DocumentNode<DocumentRowFragment, unknown>;
export const ProjectDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}}]} as unknown as DocumentNode<ProjectDetailFragment, unknown>;
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
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"iatiType"}},{"kind":"Field","name":{"kind":"Name","value":"iatiTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"iatiType"}},{"kind":"Field","name":{"kind":"Name","value":"iatiTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationPatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"iatiType"}},{"kind":"Field","name":{"kind":"Name","value":"iatiTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const ArchiveOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveOrganisationMutation, ArchiveOrganisationMutationVariables>;
export const OrganisationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrganisationOptionsQuery, OrganisationOptionsQueryVariables>;
export const AddParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AddParticipationMutation, AddParticipationMutationVariables>;
export const RemoveParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveParticipationMutation, RemoveParticipationMutationVariables>;
export const DonorHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DonorHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DonorHomeQuery, DonorHomeQueryVariables>;
export const PortfolioProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioProgramme"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioProgramme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PortfolioProjectsQuery, PortfolioProjectsQueryVariables>;
export const PortfolioProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioProgramme"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioProgramme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PortfolioProgrammesQuery, PortfolioProgrammesQueryVariables>;
export const ProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeDetail"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}}]}}]} as unknown as DocumentNode<ProgrammeQuery, ProgrammeQueryVariables>;
export const CreateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}}]}}]} as unknown as DocumentNode<CreateProgrammeMutation, CreateProgrammeMutationVariables>;
export const UpdateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammePatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sdgTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}}]}}]} as unknown as DocumentNode<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>;
export const ArchiveProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveProgrammeMutation, ArchiveProgrammeMutationVariables>;
export const ProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Project"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentRow"}}]}}]}}]} as unknown as DocumentNode<ProjectQuery, ProjectQueryVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentRow"}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"vocabulary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentRow"}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const ArchiveProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveProjectMutation, ArchiveProjectMutationVariables>;
export const AddDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}}]} as unknown as DocumentNode<AddDocumentMutation, AddDocumentMutationVariables>;
export const UpdateDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}}]} as unknown as DocumentNode<UpdateDocumentMutation, UpdateDocumentMutationVariables>;
export const RemoveDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveDocumentMutation, RemoveDocumentMutationVariables>;
export const ProgrammeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"iatiIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeOptionsQuery, ProgrammeOptionsQueryVariables>;