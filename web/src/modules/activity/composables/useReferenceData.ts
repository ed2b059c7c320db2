import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../../../gql';

export interface Option {
  value: string;
  label: string;
}

/**
 * Every reference list the forms choose from, in one request. The lists change only with a new release,
 * so they are read from the cache once loaded.
 */
export const ReferenceDataQuery = graphql(`
  query ReferenceData {
    countries {
      code
      name
      region
    }
    focusAreas {
      code
      name
      description
    }
    legalInstruments {
      code
      name
      shortName
      family
    }
    sdgTargets {
      code
      goal
      title
    }
    sectors(vocabulary: "1") {
      list
      code
      name
      category
    }
    statuses: codelist(name: "ActivityStatus") {
      list
      code
      name
    }
    roles: codelist(name: "OrganisationRole") {
      list
      code
      name
    }
    documentCategories: codelist(name: "DocumentCategory") {
      list
      code
      name
    }
    organisationTypes: codelist(name: "OrganisationType") {
      list
      code
      name
    }
  }
`);

export function useReferenceData() {
  const { result, loading, error } = useQuery(ReferenceDataQuery, null, { fetchPolicy: 'cache-first' });
  const data = computed(() => result.value);
  const options = {
    countries: computed<Option[]>(() => data.value?.countries.map((c) => ({ value: c.code, label: c.name })) ?? []),
    focusAreas: computed<Option[]>(() => data.value?.focusAreas.map((f) => ({ value: f.code, label: f.name })) ?? []),
    legalInstruments: computed<Option[]>(() => data.value?.legalInstruments.map((l) => ({ value: l.code, label: `${l.shortName}: ${l.name}` })) ?? []),
    sdgTargets: computed<Option[]>(() => data.value?.sdgTargets.map((s) => ({ value: s.code, label: `${s.code} ${s.title}` })) ?? []),
    sectors: computed<Option[]>(() => data.value?.sectors.map((s) => ({ value: s.code, label: `${s.code} ${s.name}` })) ?? []),
    statuses: computed<Option[]>(() => data.value?.statuses.map((s) => ({ value: s.code, label: s.name })) ?? []),
    roles: computed<Option[]>(() => data.value?.roles.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })) ?? []),
    documentCategories: computed<Option[]>(() => data.value?.documentCategories.map((d) => ({ value: d.code, label: `${d.code} ${d.name}` })) ?? []),
    organisationTypes: computed<Option[]>(() => data.value?.organisationTypes.map((t) => ({ value: t.code, label: `${t.code} ${t.name}` })) ?? []),
  };
  return { loading, error, options };
}
