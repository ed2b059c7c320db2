import type { Role } from '../../../gql/graphql';

/** The parts of a role assignment that decide what a user may do and how its scope is named. */
export interface RoleLike {
  role: Role;
  programme?: { id: string; title: string } | null;
  project?: { id: string; title: string } | null;
  organisation?: { id: string; name: string } | null;
}

/**
 * What the signed-in user may do, derived from its roles the way the API decides it. Pages still ask the
 * API per record (`canEdit`); these answer the questions a record cannot: may this user create one?
 */
export interface Capabilities {
  signedIn: boolean;
  isAdmin: boolean;
  /** Every role is DONOR: the home page is what their organisation funds. */
  donorOnly: boolean;
  createProgramme: boolean;
  /** Admins, and managers of a whole programme (a project manager cannot add projects). */
  createProject: boolean;
  createOrganisation: boolean;
  /** Edit and archive organisations. */
  manageOrganisations: boolean;
  manageUsers: boolean;
  /** Add, change and delete best practices, lessons learned and trend notes: admins and programme managers. */
  writeKnowledge: boolean;
}

export function capabilitiesOf(user: { roles: RoleLike[] } | null | undefined): Capabilities {
  const roles = user?.roles ?? [];
  const has = (role: Role) => roles.some((r) => r.role === role);
  const isAdmin = has('ADMIN');
  const managesProgramme = roles.some((r) => r.role === 'PROGRAMME_MANAGER' && !!r.programme);
  return {
    signedIn: !!user,
    isAdmin,
    donorOnly: roles.length > 0 && roles.every((r) => r.role === 'DONOR'),
    createProgramme: isAdmin,
    createProject: isAdmin || managesProgramme,
    createOrganisation: isAdmin || has('PROGRAMME_MANAGER'),
    manageOrganisations: isAdmin,
    manageUsers: isAdmin,
    writeKnowledge: isAdmin || has('PROGRAMME_MANAGER'),
  };
}

export type Section = 'portfolio' | 'projects' | 'knowledge' | 'organisations' | 'exchange-rates' | 'users' | 'account';

export interface NavItem {
  label: string;
  to: string;
  section: Section;
}

/** The main navigation: everyone signed in reads the portfolio and its projects, the knowledge network, the organisations and the exchange rates; admins manage users. */
export function navItemsFor(c: Capabilities): NavItem[] {
  if (!c.signedIn) return [];
  return [
    { label: 'Portfolio', to: '/', section: 'portfolio' },
    { label: 'Projects', to: '/projects', section: 'projects' },
    { label: 'Knowledge', to: '/knowledge', section: 'knowledge' },
    { label: 'Organisations', to: '/organisations', section: 'organisations' },
    { label: 'Exchange rates', to: '/exchange-rates', section: 'exchange-rates' },
    ...(c.manageUsers ? [{ label: 'Users', to: '/users', section: 'users' as const }] : []),
  ];
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  PROGRAMME_MANAGER: 'Programme manager',
  PARTNER_REPORTER: 'Partner reporter',
  DONOR: 'Donor',
  VIEWER: 'Viewer',
};

export const ROLE_HINTS: Record<Role, string> = {
  ADMIN: 'Everything, including users, roles and organisations.',
  PROGRAMME_MANAGER: 'Edits one programme, or one project, and reads the rest of the portfolio.',
  PARTNER_REPORTER: 'Reads one project and reports on it for one organisation.',
  DONOR: 'Reads what one organisation funds, nothing else.',
  VIEWER: 'Reads the whole portfolio; changes nothing.',
};

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((value) => ({ value, label: ROLE_LABELS[value] }));

/** "for NAPTIP on <project>", "<programme>", "whole portfolio": what a role applies to, in words. */
export function roleScope(r: RoleLike): string {
  switch (r.role) {
    case 'ADMIN':
    case 'VIEWER':
      return 'Whole portfolio';
    case 'PROGRAMME_MANAGER':
      return r.programme ? `Programme: ${r.programme.title}` : r.project ? `Project: ${r.project.title}` : 'No scope';
    case 'PARTNER_REPORTER':
      return `${r.project ? `Project: ${r.project.title}` : 'No project'}${r.organisation ? `, for ${r.organisation.name}` : ''}`;
    case 'DONOR':
      return r.organisation ? `What ${r.organisation.name} funds` : 'No organisation';
  }
}

/** The names of the organisations a donor user reads for, joined for a heading. */
export function donorOrganisations(user: { roles: RoleLike[]; organisation?: { name: string } | null } | null | undefined): string {
  const names = [...new Set((user?.roles ?? []).filter((r) => r.role === 'DONOR').map((r) => r.organisation?.name).filter((n): n is string => !!n))];
  if (!names.length) return user?.organisation?.name ?? 'your organisation';
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Only a path inside Accord may follow sign-in; anything else (another site, the sign-in page) goes home. */
export function safeRedirect(value: unknown): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/';
  if (/^\/sign-in(?:[/?#]|$)/.test(path)) return '/';
  return path;
}
