/** Mounting helpers for component tests: PrimeVue installed, and an Apollo client answering from fixtures. */
import { ApolloClient, ApolloLink, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import PrimeVue from 'primevue/config';
import ToastService from 'primevue/toastservice';
import ConfirmationService from 'primevue/confirmationservice';
import { createCache } from '../../web/src/apollo/client';

/** A client whose server is a map from operation name to `data`; an unknown operation fails the request. */
export function fixtureClient(answers: Record<string, unknown>): ApolloClient<unknown> {
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const data = answers[operation.operationName];
        if (data === undefined) observer.error(new Error(`no fixture for ${operation.operationName}`));
        else {
          observer.next({ data: data as Record<string, unknown> });
          observer.complete();
        }
      }),
  );
  return new ApolloClient({ link, cache: createCache() });
}

export function globalWith(client?: ApolloClient<unknown>) {
  return {
    plugins: [[PrimeVue, { theme: 'none' }] as [typeof PrimeVue, unknown], ToastService, ConfirmationService],
    provide: client ? { [DefaultApolloClient as symbol]: client } : {},
    stubs: { RouterLink: { template: '<a><slot /></a>' } },
  };
}

const entry = (list: string, code: string, name: string) => ({ __typename: 'CodelistEntry', list, code, name });

export const referenceData = {
  countries: [
    { __typename: 'Country', code: 'NE', name: 'Niger', region: 'Africa' },
    { __typename: 'Country', code: 'NG', name: 'Nigeria', region: 'Africa' },
  ],
  focusAreas: [{ __typename: 'FocusArea', code: 'TIP_SOM', name: 'Trafficking in persons and smuggling of migrants', description: '…' }],
  legalInstruments: [{ __typename: 'LegalInstrument', code: 'UNTOC', name: 'United Nations Convention against Transnational Organized Crime', shortName: 'UNTOC', family: 'UNTOC' }],
  sdgTargets: [{ __typename: 'SdgTarget', code: '16.2', goal: 16, title: 'End abuse, exploitation, trafficking …' }],
  sectors: [{ ...entry('Sector', '15130', 'Legal and judicial development'), category: '151' }],
  statuses: [entry('ActivityStatus', '1', 'Pipeline/identification'), entry('ActivityStatus', '2', 'Implementation')],
  roles: [entry('OrganisationRole', '1', 'Funding'), entry('OrganisationRole', '4', 'Implementing')],
  documentCategories: [entry('DocumentCategory', 'A02', 'Objectives / Purpose of activity')],
  organisationTypes: [entry('OrganisationType', '40', 'Multilateral')],
};

export const programmeOptions = {
  programmes: [{ __typename: 'Programme', id: 'p1', title: 'Joint Programme against Trafficking', iatiIdentifier: 'XM-DAC-41128-PRG-TIP', canEdit: true, focusAreas: [{ __typename: 'FocusArea', code: 'TIP_SOM' }] }],
};
