import type { Option } from './useReferenceData';

/**
 * Sector vocabularies the project form offers (IATI SectorVocabulary). The server checks each vocabulary
 * separately: its shares must add up to 100. DAC 3-digit (2) is not offered for new rows but a stored one
 * is shown and kept as it is.
 */
export const SECTOR_VOCABULARIES: Option[] = [
  { value: '1', label: 'DAC 5-digit' },
  { value: '2', label: 'DAC 3-digit' },
  { value: '7', label: 'SDG goal' },
  { value: '8', label: 'SDG target' },
];
export const OFFERED_VOCABULARIES = SECTOR_VOCABULARIES.filter((v) => v.value !== '2');

/** The 17 Sustainable Development Goals (short UN names); SDG targets come from the API. */
export const SDG_GOALS: Option[] = [
  'No poverty',
  'Zero hunger',
  'Good health and well-being',
  'Quality education',
  'Gender equality',
  'Clean water and sanitation',
  'Affordable and clean energy',
  'Decent work and economic growth',
  'Industry, innovation and infrastructure',
  'Reduced inequalities',
  'Sustainable cities and communities',
  'Responsible consumption and production',
  'Climate action',
  'Life below water',
  'Life on land',
  'Peace, justice and strong institutions',
  'Partnerships for the goals',
].map((name, i) => ({ value: String(i + 1), label: `Goal ${i + 1}: ${name}` }));

export const vocabularyName = (vocabulary: string | undefined): string =>
  SECTOR_VOCABULARIES.find((v) => v.value === (vocabulary ?? '1'))?.label ?? `vocabulary ${vocabulary}`;

/** A readable name for a sector share: the server's name for DAC codes, the goal or target title for SDG codes. */
export function sectorName(vocabulary: string, code: string, name: string | null | undefined, targets: Option[]): string {
  if (vocabulary === '7') return SDG_GOALS.find((g) => g.value === code)?.label ?? `SDG goal ${code}`;
  if (vocabulary === '8') return targets.find((t) => t.value === code)?.label ?? `SDG target ${code}`;
  return name || code;
}
