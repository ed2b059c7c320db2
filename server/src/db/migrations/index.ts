import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128115235_init } from './Migration20261128115235_init.js';
import { Migration20261128121558_access } from './Migration20261128121558_access.js';
import { Migration20261128123045_logframe } from './Migration20261128123045_logframe.js';
import { Migration20261201202317_sign_in_attempt } from './Migration20261201202317_sign_in_attempt.js';
import { Migration20261201235732_read_indexes } from './Migration20261201235732_read_indexes.js';
import { Migration20261202120000_instances } from './Migration20261202120000_instances.js';
import { Migration20261207065949_finance } from './Migration20261207065949_finance.js';
import { Migration20261207095656_portfolio } from './Migration20261207095656_portfolio.js';
import { Migration20261207094904_knowledge } from './Migration20261207094904_knowledge.js';

import { Migration20261207130415_reporting } from './Migration20261207130415_reporting.js';
import { Migration20261207163000_iati_publication } from './Migration20261207163000_iati_publication.js';
import { Migration20261207172500_policy_marker } from './Migration20261207172500_policy_marker.js';
import { Migration20261207095233_programme_results } from './Migration20261207095233_programme_results.js';
import { Migration20261207170000_iati_import } from './Migration20261207170000_iati_import.js';
/** Every migration in order. New ones are created with `npm run db:migration:create <name>` and added here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128115235_init', class: Migration20261128115235_init },
  { name: 'Migration20261128121558_access', class: Migration20261128121558_access },
  { name: 'Migration20261128123045_logframe', class: Migration20261128123045_logframe },
  { name: 'Migration20261201202317_sign_in_attempt', class: Migration20261201202317_sign_in_attempt },
  { name: 'Migration20261201235732_read_indexes', class: Migration20261201235732_read_indexes },
  { name: 'Migration20261202120000_instances', class: Migration20261202120000_instances },
  { name: 'Migration20261207065949_finance', class: Migration20261207065949_finance },
  { name: 'Migration20261207095656_portfolio', class: Migration20261207095656_portfolio },
  { name: 'Migration20261207094904_knowledge', class: Migration20261207094904_knowledge },
  { name: 'Migration20261207095233_programme_results', class: Migration20261207095233_programme_results },
  { name: 'Migration20261207130415_reporting', class: Migration20261207130415_reporting },
  { name: 'Migration20261207163000_iati_publication', class: Migration20261207163000_iati_publication },
  { name: 'Migration20261207170000_iati_import', class: Migration20261207170000_iati_import },
  { name: 'Migration20261207172500_policy_marker', class: Migration20261207172500_policy_marker },
];
