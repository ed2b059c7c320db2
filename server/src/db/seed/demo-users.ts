import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../modules/access/user.entity.js';
import { assignRole, createUser } from '../../modules/access/user.service.js';

/** Every demo account signs in with this password; the README lists the accounts. */
export const DEMO_PASSWORD = 'accord-demo-2026';

interface Keys {
  organisation: (key: string) => string;
  programme: (iatiIdentifier: string) => string;
  project: (iatiIdentifier: string) => string;
}

/**
 * One demo user per role, scoped so that each role shows what it is for: the manager runs the trafficking
 * programme, the partner reports for NAPTIP on one of its projects, and the two donors fund different work.
 */
export async function seedDemoUsers(em: EntityManager, keys: Keys): Promise<void> {
  const people: { email: string; name: string; org: string; role: Role; programme?: string; project?: string }[] = [
    { email: 'admin@accord.demo', name: 'Amina Diallo (demo administrator)', org: 'unodc', role: Role.ADMIN },
    { email: 'manager@accord.demo', name: 'Marco Rossi (demo programme manager)', org: 'unodc', role: Role.PROGRAMME_MANAGER, programme: 'XM-DAC-41128-DEMO-PRG-TIP' },
    { email: 'partner@accord.demo', name: 'Ngozi Okafor (demo partner reporter)', org: 'naptip', role: Role.PARTNER_REPORTER, project: 'XM-DAC-41128-DEMO-PRG-TIP-01' },
    { email: 'donor.eu@accord.demo', name: 'Lena Vogel (demo donor, EU)', org: 'eu', role: Role.DONOR },
    { email: 'donor.sida@accord.demo', name: 'Erik Lindqvist (demo donor, Sida)', org: 'sida', role: Role.DONOR },
    { email: 'viewer@accord.demo', name: 'Priya Nair (demo viewer)', org: 'undp', role: Role.VIEWER },
  ];
  for (const p of people) {
    const { user } = await createUser(em, { email: p.email, name: p.name, organisationId: keys.organisation(p.org), password: DEMO_PASSWORD });
    await assignRole(em, {
      userId: user.id,
      role: p.role,
      programmeId: p.programme ? keys.programme(p.programme) : null,
      projectId: p.project ? keys.project(p.project) : null,
    });
  }
}
