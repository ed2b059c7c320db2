import { describe, expect, it } from 'vitest';
import { reportingOrganisations, withAncestors } from '../../web/src/modules/logframe/composables/partner';

const naptip = { id: 'o-naptip', name: 'National Agency for the Prohibition of Trafficking in Persons', acronym: 'NAPTIP' };
const unodc = { id: 'o-unodc', name: 'UN Office on Drugs and Crime', acronym: 'UNODC' };
const node = (id: string, parentId: string | null, org = unodc) => ({ id, parentId, responsibleOrganisation: org });

describe('the partner’s part in a logframe', () => {
  it('reports for the organisation of its grant on this project, or its own organisation', () => {
    const role = (projectId: string, organisation: typeof naptip | null = null) => ({ id: `r-${projectId}`, role: 'PARTNER_REPORTER' as const, project: { id: projectId, title: 'P' }, organisation });
    const user = { organisation: naptip, roles: [role('p1'), role('p2', unodc), { ...role('p1'), role: 'VIEWER' as const, organisation: unodc }] };
    expect([...reportingOrganisations(user, 'p1').keys()]).toEqual(['o-naptip']);
    expect([...reportingOrganisations(user, 'p2').keys()]).toEqual(['o-unodc']);
    expect(reportingOrganisations(user, 'p3').size).toBe(0);
    expect(reportingOrganisations(null, 'p1').size).toBe(0);
  });

  it('keeps its nodes and those above them, in reading order, and nothing else', () => {
    const nodes = [node('1', null), node('1.1', '1'), node('1.1.1', '1.1', naptip), node('1.1.2', '1.1'), node('1.2', '1'), node('1.2.1', '1.2', naptip), node('2', null)];
    expect(withAncestors(nodes, new Set(['1.1.1', '1.2.1'])).map((n) => n.id)).toEqual(['1', '1.1', '1.1.1', '1.2', '1.2.1']);
    expect(withAncestors(nodes, new Set())).toEqual([]);
  });
});
