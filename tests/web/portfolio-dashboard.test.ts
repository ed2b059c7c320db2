import { describe, expect, it } from 'vitest';
import {
  dashboardFiltersFromQuery,
  dashboardLink,
  emptyFilters,
  notAppliedToProjects,
  projectsLink,
  queryFromDashboardFilters,
  toPortfolioFilter,
  toProjectListFilter,
} from '../../web/src/modules/portfolio/composables/dashboardFilters';
import { filtersFromQuery, toProjectFilter } from '../../web/src/modules/portfolio/composables/filters';

const EU = '8e0f4b90-226c-4f93-a063-dfbef9a2ee9b';
const UNODC = '2f28b2f3-de37-4d4e-810e-bcc035c2e917';

describe('dashboard filters in the URL', () => {
  it('reads every filter from its short key and writes the same keys back', () => {
    const query = { focus: 'TIP_SOM', country: 'NG', region: 'Africa', lead: UNODC, org: EU, donor: EU, status: '2', sdg: '16.2', instrument: 'UNTOC', from: '2022', to: '2025' };
    const filters = dashboardFiltersFromQuery(query);
    expect(filters).toEqual({
      focusArea: 'TIP_SOM',
      country: 'NG',
      region: 'Africa',
      leadAgency: UNODC,
      organisation: EU,
      donor: EU,
      status: '2',
      sdgTarget: '16.2',
      legalInstrument: 'UNTOC',
      yearFrom: 2022,
      yearTo: 2025,
    });
    expect(queryFromDashboardFilters(filters)).toEqual(query);
    expect(queryFromDashboardFilters(emptyFilters())).toEqual({});
  });

  it('drops what the API would refuse rather than fail the whole page', () => {
    const filters = dashboardFiltersFromQuery({ donor: 'not-an-id', from: '19', to: '2200', focus: 'x'.repeat(51), country: ['NG', 'NE'], status: '  ' });
    expect(filters).toEqual({ ...emptyFilters(), country: 'NG' });
  });

  it('becomes the summary filter, a reversed year range read the right way round', () => {
    const filters = { ...emptyFilters(), focusArea: 'CORRUPTION', leadAgency: UNODC, donor: EU, sdgTarget: '16.5', yearFrom: 2026, yearTo: 2023 };
    expect(toPortfolioFilter(filters)).toEqual({ focusArea: 'CORRUPTION', leadAgencyId: UNODC, donorId: EU, sdgTarget: '16.5', yearFrom: 2023, yearTo: 2026 });
    expect(toPortfolioFilter({ ...emptyFilters(), yearFrom: 2024 })).toEqual({ yearFrom: 2024 });
    expect(toPortfolioFilter(emptyFilters())).toEqual({});
  });

  it('gives the project list the filters it can apply and names the others', () => {
    const filters = { ...emptyFilters(), focusArea: 'TIP_SOM', country: 'ML', organisation: EU, donor: EU, region: 'Africa', yearFrom: 2023 };
    expect(toProjectListFilter(filters)).toEqual({ focusArea: 'TIP_SOM', country: 'ML', organisationId: EU });
    expect(notAppliedToProjects(filters)).toEqual(['region', 'donor', 'yearFrom']);
    expect(notAppliedToProjects({ ...emptyFilters(), status: '2' })).toEqual([]);
  });

  it('drills down with the dashboard filters plus the clicked key, in keys the project list reads', () => {
    const filters = { ...emptyFilters(), focusArea: 'TIP_SOM', yearTo: 2025 };
    const link = projectsLink(filters, { country: 'ML' }) as { name: string; query: Record<string, string> };
    expect(link).toEqual({ name: 'projects', query: { focus: 'TIP_SOM', country: 'ML', to: '2025' } });
    // The project list reads the same keys.
    expect(toProjectFilter(filtersFromQuery(link.query))).toMatchObject({ focusArea: 'TIP_SOM', country: 'ML' });
    expect(dashboardLink(filters, { donor: EU })).toEqual({ name: 'portfolio', query: { focus: 'TIP_SOM', donor: EU, to: '2025' } });
    // A clicked key replaces the same filter rather than adding a second one.
    expect((projectsLink({ ...filters, country: 'NG' }, { country: 'ML' }) as { query: Record<string, string> }).query.country).toBe('ML');
  });
});
