import { referenceEntities } from '../modules/reference/reference.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { Project } from '../modules/project/project.entity.js';
import { Document } from '../modules/project/document.entity.js';
import { SectorShare } from '../modules/activity/sector-share.entity.js';
import { RecipientCountry } from '../modules/activity/recipient-country.entity.js';
import { Participation } from '../modules/participation/participation.entity.js';
import { RoleAssignment, User } from '../modules/access/user.entity.js';
import { ApiToken, Session } from '../modules/access/session.entity.js';
import { SignInAttempt } from '../modules/access/sign-in-attempt.entity.js';
import { AuditEvent } from '../modules/audit/audit.entity.js';
import { ResultNode } from '../modules/logframe/result-node.entity.js';
import { Indicator } from '../modules/logframe/indicator.entity.js';
import { financeEntities } from '../modules/finance/finance.entity.js';
import { IndicatorValue, LogframeRevision, ReportingPeriod } from '../modules/logframe/reporting.entity.js';
import { rollupEntities } from '../modules/portfolio/rollup.entity.js';
import { knowledgeEntities } from '../modules/knowledge/knowledge.entity.js';

import { reportingEntities } from '../modules/reporting/update.entity.js';
import { Notification } from '../modules/notification/notification.entity.js';
import { ProgrammeIndicator } from '../modules/results/programme-indicator.entity.js';
import { IatiImport } from '../modules/iati/import/import.entity.js';
import { PolicyMarker } from '../modules/iati/policy-marker.entity.js';
/** Every entity, listed explicitly: discovery by folder scanning does not work under every runner. */
export const entities = [
  ...referenceEntities,
  Organisation,
  Programme,
  Project,
  Document,
  SectorShare,
  RecipientCountry,
  Participation,
  User,
  RoleAssignment,
  Session,
  ApiToken,
  SignInAttempt,
  AuditEvent,
  ResultNode,
  Indicator,
  ReportingPeriod,
  IndicatorValue,
  LogframeRevision,
  ...financeEntities,
  ...rollupEntities,
  ...knowledgeEntities,
  ProgrammeIndicator,
  ...reportingEntities,
  Notification,
  IatiImport,
  PolicyMarker,
];
