import { describe, expect, it } from 'vitest';
import { capabilitiesOf, donorOrganisations, navItemsFor, roleScope, safeRedirect, type RoleLike } from '../../web/src/modules/access/composables/capabilities';

const tip = { id: 'p1', title: 'Trafficking programme' };
const naptipProject = { id: 'j1', title: 'Prosecution of trafficking cases' };
const eu = { id: 'o1', name: 'European Union' };
const sida = { id: 'o2', name: 'Sida' };
const as = (...roles: RoleLike[]) => ({ roles });

describe('what each role is offered', () => {
  it('gives the Users menu to administrators only', () => {
    const labels = (roles: RoleLike[]) => navItemsFor(capabilitiesOf(as(...roles))).map((n) => n.label);
    expect(labels([{ role: 'ADMIN' }])).toEqual(['Portfolio', 'Projects', 'Knowledge', 'Organisations', 'Exchange rates', 'Users']);
    for (const role of [{ role: 'PROGRAMME_MANAGER', programme: tip }, { role: 'PARTNER_REPORTER', project: naptipProject }, { role: 'DONOR', organisation: eu }, { role: 'VIEWER' }] as RoleLike[]) {
      expect(labels([role]), role.role).toEqual(['Portfolio', 'Projects', 'Knowledge', 'Organisations', 'Exchange rates']);
    }
    expect(navItemsFor(capabilitiesOf(null))).toEqual([]);
  });

  it('lets admins create programmes, and managers of a whole programme create its projects', () => {
    const admin = capabilitiesOf(as({ role: 'ADMIN' }));
    expect([admin.createProgramme, admin.createProject, admin.createOrganisation, admin.manageOrganisations]).toEqual([true, true, true, true]);

    const programmeManager = capabilitiesOf(as({ role: 'PROGRAMME_MANAGER', programme: tip }));
    expect([programmeManager.createProgramme, programmeManager.createProject, programmeManager.createOrganisation, programmeManager.manageOrganisations]).toEqual([false, true, true, false]);

    // A manager of one project may change it, but not add projects to its programme.
    const projectManager = capabilitiesOf(as({ role: 'PROGRAMME_MANAGER', project: naptipProject }));
    expect([projectManager.createProject, projectManager.createOrganisation]).toEqual([false, true]);

    for (const role of [{ role: 'VIEWER' }, { role: 'DONOR', organisation: eu }, { role: 'PARTNER_REPORTER', project: naptipProject }] as RoleLike[]) {
      const c = capabilitiesOf(as(role));
      expect([c.createProgramme, c.createProject, c.createOrganisation, c.manageUsers], role.role).toEqual([false, false, false, false]);
    }
  });

  it('lets administrators and programme managers write the knowledge network, and no one else', () => {
    const writes = (role: RoleLike) => capabilitiesOf(as(role)).writeKnowledge;
    expect([{ role: 'ADMIN' }, { role: 'PROGRAMME_MANAGER', programme: tip }, { role: 'PROGRAMME_MANAGER', project: naptipProject }].map((r) => writes(r as RoleLike))).toEqual([true, true, true]);
    expect([{ role: 'VIEWER' }, { role: 'DONOR', organisation: eu }, { role: 'PARTNER_REPORTER', project: naptipProject }].map((r) => writes(r as RoleLike))).toEqual([false, false, false]);
  });

  it('sends users whose only roles are donor roles to the donor home', () => {
    expect(capabilitiesOf(as({ role: 'DONOR', organisation: eu })).donorOnly).toBe(true);
    expect(capabilitiesOf(as({ role: 'DONOR', organisation: eu }, { role: 'DONOR', organisation: sida })).donorOnly).toBe(true);
    expect(capabilitiesOf(as({ role: 'DONOR', organisation: eu }, { role: 'VIEWER' })).donorOnly).toBe(false);
    expect(capabilitiesOf(as()).donorOnly).toBe(false);
  });

  it('names the donor organisations for the donor home heading', () => {
    expect(donorOrganisations(as({ role: 'DONOR', organisation: eu }))).toBe('European Union');
    expect(donorOrganisations(as({ role: 'DONOR', organisation: eu }, { role: 'DONOR', organisation: sida }))).toBe('European Union and Sida');
    expect(donorOrganisations({ roles: [{ role: 'DONOR' }], organisation: { name: 'Sida' } })).toBe('Sida');
  });

  it('says what a role applies to', () => {
    expect(roleScope({ role: 'VIEWER' })).toBe('Whole portfolio');
    expect(roleScope({ role: 'PROGRAMME_MANAGER', programme: tip })).toBe('Programme: Trafficking programme');
    expect(roleScope({ role: 'PARTNER_REPORTER', project: naptipProject, organisation: { id: 'o3', name: 'NAPTIP' } })).toBe('Project: Prosecution of trafficking cases, for NAPTIP');
    expect(roleScope({ role: 'DONOR', organisation: eu })).toBe('What European Union funds');
  });
});

describe('the page to return to after sign-in', () => {
  it('keeps paths inside Accord and refuses everything else', () => {
    expect(safeRedirect('/projects/1?tab=documents')).toBe('/projects/1?tab=documents');
    expect(safeRedirect(['/organisations', '/users'])).toBe('/organisations');
    for (const bad of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/sign-in?redirect=/x', '', undefined, null]) {
      expect(safeRedirect(bad), String(bad)).toBe('/');
    }
  });
});
