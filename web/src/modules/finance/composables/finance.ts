import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../../../gql';

/** Documents shared by every finance page: a transaction as listed and edited, and the lists its form offers. */

graphql(`
  fragment ConvertedFigure on ConvertedMoney {
    amount
    currency
    rate
    rateDate
  }
`);

graphql(`
  fragment TransactionRow on TransactionRecord {
    id
    version
    type
    typeName
    transactionDate
    valueDate
    amount {
      amount
      currency
    }
    converted {
      ...ConvertedFigure
    }
    description
    advance
    programmeId
    projectId
    reversesId
    provider {
      id
      name
      acronym
    }
    receiver {
      id
      name
      acronym
    }
    receiverProject {
      id
      title
    }
    output {
      id
      statement
    }
  }
`);

export const CreateTransactionMutation = graphql(`
  mutation CreateTransaction($input: TransactionInput!) {
    createTransaction(input: $input) {
      ...TransactionRow
    }
  }
`);

export const UpdateTransactionMutation = graphql(`
  mutation UpdateTransaction($id: ID!, $input: TransactionInput!, $version: Int) {
    updateTransaction(id: $id, input: $input, version: $version) {
      ...TransactionRow
    }
  }
`);

export const DeleteTransactionMutation = graphql(`
  mutation DeleteTransaction($id: ID!) {
    deleteTransaction(id: $id)
  }
`);

export const ImportTransactionsMutation = graphql(`
  mutation ImportTransactions($rows: [TransactionInput!]!) {
    importTransactions(rows: $rows) {
      id
    }
  }
`);

export const FinanceChoicesQuery = graphql(`
  query FinanceChoices {
    currencies: codelist(name: "Currency") {
      list
      code
      name
    }
    organisations {
      id
      name
      acronym
      iatiRef
    }
  }
`);

/** IATI transaction types in the order money moves, with the names people use. */
export const TRANSACTION_TYPES = [
  { value: '11', label: 'Incoming commitment (11)' },
  { value: '1', label: 'Incoming funds (1)' },
  { value: '2', label: 'Outgoing commitment (2)' },
  { value: '3', label: 'Disbursement (3)' },
  { value: '4', label: 'Expenditure (4)' },
] as const;

export interface OrganisationChoice {
  id: string;
  name: string;
  acronym?: string | null;
  iatiRef?: string | null;
}

export const organisationLabel = (o: { name: string; acronym?: string | null }) => (o.acronym && o.acronym !== o.name ? `${o.name} (${o.acronym})` : o.name);

/** The ISO 4217 currencies and the organisations, read once and then from the cache. */
export function useFinanceChoices() {
  const { result, loading, error } = useQuery(FinanceChoicesQuery, null, { fetchPolicy: 'cache-first' });
  return {
    loading,
    error,
    currencies: computed(() => (result.value?.currencies ?? []).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))),
    organisations: computed<OrganisationChoice[]>(() => result.value?.organisations ?? []),
  };
}
