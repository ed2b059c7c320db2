import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import countries from '../../server/src/db/reference/countries.json';
import demo from '../../server/src/db/seed/demo-portfolio.json';
import { alpha2Of, KNOWN_ALPHA2, numericOf } from '../../web/src/modules/portfolio/composables/countryCodes';
import { worldFeatures } from '../../web/src/modules/portfolio/composables/worldMap';
import { worldMapOption } from '../../web/src/modules/portfolio/composables/mapOption';

const atlas = world as unknown as Topology & { objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } } };

/** Every recipient country code the demo portfolio names, wherever in its JSON it sits. */
function demoCountries(): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'country' && typeof x === 'string') found.add(x);
        else walk(x);
      }
  };
  walk(demo);
  return [...found];
}

describe('ISO alpha-2 ↔ numeric', () => {
  it('covers every country of the reference list, both ways', () => {
    expect(KNOWN_ALPHA2.length).toBe(countries.length);
    for (const c of countries) {
      const numeric = numericOf(c.code);
      expect(numeric, c.code).toMatch(/^\d{3}$/);
      expect(alpha2Of(numeric!)).toBe(c.code);
    }
  });

  it('knows the well-known codes and reads numeric ids with or without leading zeros', () => {
    expect(numericOf('NG')).toBe('566');
    expect(numericOf('af')).toBe('004');
    expect(alpha2Of('4')).toBe('AF');
    expect(alpha2Of(566)).toBe('NG');
    expect(alpha2Of('999')).toBeNull();
    expect(alpha2Of('abc')).toBeNull();
    expect(numericOf('ZZ')).toBeNull();
  });

  it('names every shape of the world map that has an ISO code', () => {
    const withId = atlas.objects.countries.geometries.filter((g) => g.id);
    for (const g of withId) expect(alpha2Of(g.id!), g.properties.name).not.toBeNull();
  });

  it('finds a shape for every country of the demo portfolio', () => {
    const codes = demoCountries();
    expect(codes.length).toBeGreaterThan(30);
    const shapes = new Set(worldFeatures(atlas).features.map((f) => f.properties.code));
    expect(codes.filter((c) => !shapes.has(c))).toEqual([]);
  });
});

describe('the world map', () => {
  const features = worldFeatures(atlas).features;

  it('names shapes by alpha-2, keeps shapes without a code apart, and leaves Antarctica out', () => {
    expect(features.find((f) => f.properties.code === 'ML')?.properties.name).toBe('Mali');
    expect(features.some((f) => f.properties.code === 'AQ')).toBe(false);
    expect(features.filter((f) => f.properties.code.startsWith('x:')).map((f) => f.properties.name).sort()).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
    expect(new Set(features.map((f) => f.properties.code)).size).toBe(features.length);
  });

  it('shades by budget or by projects, with the largest value at the top of the scale', () => {
    const rows = [
      { key: 'NG', label: 'Nigeria', projects: 3, budget: '4962000.00' },
      { key: 'ML', label: 'Mali', projects: 4, budget: null },
    ];
    const byBudget = worldMapOption(rows, 'budget', 'USD', 'world');
    expect(byBudget.series[0].data).toEqual([
      { name: 'NG', value: 4962000 },
      { name: 'ML', value: null },
    ]);
    expect(byBudget.series[0].nameProperty).toBe('code');
    expect(byBudget.visualMap.max).toBe(4962000);
    const byProjects = worldMapOption(rows, 'projects', 'USD', 'world');
    expect(byProjects.series[0].data.map((d) => d.value)).toEqual([3, 4]);
    expect(byProjects.visualMap.max).toBe(4);
    // Money in the tooltip is the API's string, formatted; a missing rate says so.
    const tip = byBudget.tooltip.formatter;
    expect(tip({ name: 'NG' })).toBe('<strong>Nigeria</strong><br>3 projects<br>Budget: 4,962,000.00 USD');
    expect(tip({ name: 'ML' })).toContain('Budget: rate missing');
    expect(worldMapOption([], 'budget', 'USD', 'world', (c) => (c === 'KE' ? 'Kenya' : c)).tooltip.formatter({ name: 'KE' })).toBe('Kenya<br>No project');
  });
});
