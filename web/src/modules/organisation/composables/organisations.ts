import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../../../gql';
import type { OrganisationKind } from '../../../gql/graphql';
import type { Option } from '../../activity/composables/useReferenceData';

export const KIND_LABELS: Record<OrganisationKind, string> = {
  UN_ENTITY: 'UN entity',
  GOVERNMENT: 'Government body',
  LAW_ENFORCEMENT: 'Law enforcement',
  NGO: 'NGO / civil society',
  DONOR: 'Donor',
  ACADEMIC: 'Academic',
};

export const KIND_OPTIONS = (Object.keys(KIND_LABELS) as OrganisationKind[]).map((value) => ({ value, label: KIND_LABELS[value] }));

/** "UNODC · United Nations Office on Drugs and Crime": the acronym first, since that is what people scan for. */
export function organisationLabel(o: { name: string; acronym?: string | null }): string {
  return o.acronym && o.acronym !== o.name ? `${o.acronym} · ${o.name}` : o.name;
}

export const OrganisationOptionsQuery = graphql(`
  query OrganisationOptions {
    organisations {
      id
      name
      acronym
      kind
    }
  }
`);

/** Organisations to pick from (lead agency, participant, portfolio filter). */
export function useOrganisationOptions() {
  const { result, loading } = useQuery(OrganisationOptionsQuery);
  const options = computed<Option[]>(() => result.value?.organisations.map((o) => ({ value: o.id, label: organisationLabel(o) })) ?? []);
  return { options, loading };
}
