import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { registerMap } from 'echarts/core';
import world from 'world-atlas/countries-110m.json';
import { alpha2Of } from './countryCodes';

/** The name the world map is registered under with echarts. */
export const WORLD_MAP = 'accord-world';

export interface CountryShapeProperties {
  /** ISO alpha-2, or `x:<name>` for shapes without an ISO code (Kosovo, Northern Cyprus, Somaliland). */
  code: string;
  name: string;
}

// Antarctica takes a fifth of the height of a world map and never receives a project.
const LEFT_OUT = new Set(['010']);

/** Natural Earth's shapes as GeoJSON, each named by the API's alpha-2 code so data rows match shapes directly. */
export function worldFeatures(topology: Topology): GeoJSON.FeatureCollection<GeoJSON.Geometry, CountryShapeProperties> {
  const collection = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
  return {
    type: 'FeatureCollection',
    features: collection.features
      .filter((f) => !LEFT_OUT.has(String(f.id)))
      .map((f) => {
        const name = f.properties?.name ?? '';
        const code = (f.id !== undefined && alpha2Of(f.id)) || `x:${name}`;
        return { type: 'Feature', id: f.id, geometry: f.geometry, properties: { code, name } };
      }),
  };
}

const names = new Map<string, string>();

/** Registers the map once per page; the shapes load with this module, which only the map imports. */
export function registerWorldMap(): void {
  if (names.size) return;
  const shapes = worldFeatures(world as unknown as Topology);
  for (const f of shapes.features) names.set(f.properties.code, f.properties.name);
  // echarts types its GeoJSON input loosely; the shapes are standard GeoJSON.
  registerMap(WORLD_MAP, shapes as unknown as Parameters<typeof registerMap>[1]);
}

/** Natural Earth's name of a shape, for countries without a row to name them. */
export const shapeName = (code: string): string => names.get(code) ?? code.replace(/^x:/, '');
