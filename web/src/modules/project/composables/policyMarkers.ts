import { graphql } from '../../../gql';
import type { Option } from '../../activity/composables/useReferenceData';
import type { FieldErrors } from '../../../apollo/errors';

/** IATI PolicyMarker codes 1–12 (the OECD DAC markers); the API stores only the code. */
export const POLICY_MARKERS: Option[] = [
  'Gender equality',
  'Aid to environment',
  'Participatory development / good governance',
  'Trade development',
  'Biological diversity (Rio marker)',
  'Climate change mitigation (Rio marker)',
  'Climate change adaptation (Rio marker)',
  'Desertification (Rio marker)',
  'Reproductive, maternal, newborn and child health (RMNCH)',
  'Disaster risk reduction (DRR)',
  'Disability',
  'Nutrition',
].map((name, i) => ({ value: String(i + 1), label: name }));

/** IATI PolicySignificance 0–4. */
export const POLICY_SIGNIFICANCES: Option[] = [
  'Not targeted',
  'Significant objective',
  'Principal objective',
  'Principal objective and in support of an action programme',
  'Explicit primary objective',
].map((name, i) => ({ value: String(i), label: `${i} – ${name}` }));

export const markerName = (code: string) => POLICY_MARKERS.find((m) => m.value === code)?.label ?? `Policy marker ${code}`;
export const significanceName = (code: string) => POLICY_SIGNIFICANCES.find((s) => s.value === code)?.label ?? code;

export interface MarkerRow {
  key: number;
  code: string | null;
  significance: string | null;
}
let nextKey = 1;
export const markerRow = (code: string | null = null, significance: string | null = null): MarkerRow => ({ key: nextKey++, code, significance });

/** Field paths are those of the `setPolicyMarkers` argument (`markers.<i>.code`), so the API's messages land beside the right control. */
export function markerChecks(rows: MarkerRow[]): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (!r.code) errors[`markers.${i}.code`] = ['choose a policy marker or remove the row'];
    else if (seen.has(r.code)) errors[`markers.${i}.code`] = [`${markerName(r.code)} is listed twice`];
    if (r.code) seen.add(r.code);
    if (!r.significance) errors[`markers.${i}.significance`] = ['choose the significance'];
  });
  return errors;
}

export const SetPolicyMarkersMutation = graphql(`
  mutation SetPolicyMarkers($projectId: ID!, $markers: [PolicyMarkerInput!]!) {
    setPolicyMarkers(projectId: $projectId, markers: $markers) {
      code
      significance
    }
  }
`);
