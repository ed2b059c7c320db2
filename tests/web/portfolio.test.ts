import { describe, expect, it } from 'vitest';
import { filtersFromQuery, hasFilters, queryFromFilters, toProjectFilter } from '../../web/src/modules/portfolio/composables/filters';
import { groupByProgramme } from '../../web/src/modules/portfolio/composables/grouping';

describe('portfolio filters in the URL', () => {
  it('reads and writes the short query keys, leaving out empty filters', () => {
    const filters = filtersFromQuery({ q: 'border', focus: 'TIP_SOM', country: 'NG', status: null, org: ['o-1', 'o-2'] });
    expect(filters).toEqual({ search: 'border', focusArea: 'TIP_SOM', country: 'NG', status: null, organisation: 'o-1' });
    expect(queryFromFilters(filters)).toEqual({ q: 'border', focus: 'TIP_SOM', country: 'NG', org: 'o-1' });
    expect(queryFromFilters({ ...filters, search: '   ', focusArea: null, country: null, organisation: null })).toEqual({});
    expect(hasFilters(filtersFromQuery({}))).toBe(false);
  });

  it('becomes the API filter', () => {
    expect(toProjectFilter(filtersFromQuery({ q: ' border ', org: 'o-1' }))).toEqual({
      search: 'border',
      focusArea: undefined,
      country: undefined,
      status: undefined,
      organisationId: 'o-1',
    });
  });
});

describe('grouping projects by programme', () => {
  const tip = { id: 'p1', title: 'Trafficking' };
  const cor = { id: 'p2', title: 'Anti-corruption' };
  const fresh = { id: 'p3', title: 'Brand new' };

  it('keeps the list order within a programme and sorts programmes by title', () => {
    const groups = groupByProgramme([
      { id: 'a', programme: tip },
      { id: 'b', programme: cor },
      { id: 'c', programme: tip },
    ]);
    expect(groups.map((g) => [g.programme.id, g.projects.map((p) => p.id)])).toEqual([
      ['p2', ['b']],
      ['p1', ['a', 'c']],
    ]);
  });

  it('adds programmes that have no project to list, once', () => {
    const groups = groupByProgramme([{ id: 'a', programme: tip }], [fresh, tip]);
    expect(groups.map((g) => [g.programme.title, g.projects.length])).toEqual([
      ['Brand new', 0],
      ['Trafficking', 1],
    ]);
  });
});
