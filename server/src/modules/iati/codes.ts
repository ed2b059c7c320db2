import codelists from '../../db/reference/iati-codelists.json' with { type: 'json' };
import sectors from '../../db/reference/sectors.json' with { type: 'json' };
import countries from '../../db/reference/countries.json' with { type: 'json' };
import sdgTargets from '../../db/reference/sdg-targets.json' with { type: 'json' };

/**
 * The ACTIVE IATI codes, from the code lists shipped in `db/reference`. The `codelist_entry` table keeps
 * withdrawn codes too (stored records may still point at them), so exports and checks ask here instead.
 *
 * Besides the shipped lists, a few small, stable IATI 2.03 lists are written out here: Accord stores no
 * table for them and only ever writes their codes itself.
 */
const EMBEDDED: Record<string, string[]> = {
  ActivityDateType: ['1', '2', '3', '4'],
  RelatedActivityType: ['1', '2', '3', '4', '5'],
  DescriptionType: ['1', '2', '3', '4'],
  PolicySignificance: ['0', '1', '2', '3', '4'],
  PolicyMarker: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
  // Vocabulary 7 of SectorVocabulary: the 17 Sustainable Development Goals.
  UNSDG_Goals: Array.from({ length: 17 }, (_, i) => String(i + 1)),
};

const lists = new Map<string, Set<string>>();
for (const [list, rows] of Object.entries(codelists as Record<string, { code: string }[]>)) lists.set(list, new Set(rows.map((r) => r.code)));
lists.set('Sector', new Set((sectors as { vocabulary: string; code: string }[]).filter((s) => s.vocabulary === '1').map((s) => s.code)));
lists.set('SectorCategory', new Set((sectors as { vocabulary: string; code: string }[]).filter((s) => s.vocabulary === '2').map((s) => s.code)));
lists.set('Country', new Set((countries as { code: string }[]).map((c) => c.code)));
// Vocabulary 8 of SectorVocabulary: the SDG targets Accord ships (those of its field).
lists.set('UNSDG_Targets', new Set((sdgTargets as { code: string }[]).map((t) => t.code)));
for (const [list, codes] of Object.entries(EMBEDDED)) lists.set(list, new Set(codes));

/** The names of the lists `isActiveCode` knows. */
export const KNOWN_LISTS: readonly string[] = [...lists.keys()].sort();

/** Whether `code` is an active code of the IATI list `list` (e.g. `isActiveCode('OrganisationType', '40')`). An unknown list has no active code. */
export function isActiveCode(list: string, code: string | null | undefined): boolean {
  return code != null && !!lists.get(list)?.has(code);
}

/** The code list that holds the sector codes of a SectorVocabulary, for the vocabularies Accord stores. */
export const SECTOR_LISTS: Readonly<Record<string, string>> = { '1': 'Sector', '2': 'SectorCategory', '7': 'UNSDG_Goals', '8': 'UNSDG_Targets' };

/** Whether a sector code is active in its vocabulary. */
export function isActiveSector(vocabulary: string, code: string): boolean {
  const list = SECTOR_LISTS[vocabulary];
  return !!list && isActiveCode(list, code);
}
