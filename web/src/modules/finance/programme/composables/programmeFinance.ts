import { graphql } from '../../../../gql';

graphql(`
  fragment FinanceTotalFields on MoneyTotal {
    amount
    currency
    byCurrency {
      amount
      currency
    }
    missingRates {
      currency
      date
    }
  }
`);

graphql(`
  fragment FinanceFigureFields on FinanceFigures {
    budget {
      ...FinanceTotalFields
    }
    contributions {
      ...FinanceTotalFields
    }
    pledged {
      ...FinanceTotalFields
    }
    received {
      ...FinanceTotalFields
    }
    transferred {
      ...FinanceTotalFields
    }
    committed {
      ...FinanceTotalFields
    }
    disbursed {
      ...FinanceTotalFields
    }
    spent {
      ...FinanceTotalFields
    }
    deliveryRate
    deliveryOfTransferred
    fundingGap
  }
`);

graphql(`
  fragment FinanceBreakdownRow on FinanceRow {
    key
    label
    figures {
      ...FinanceFigureFields
    }
  }
`);

export const ProgrammeFinanceQuery = graphql(`
  query ProgrammeFinance($id: ID!) {
    programme(id: $id) {
      id
      version
      title
      iatiIdentifier
      canEdit
      publishContributions
      projects {
        id
        title
      }
      finance {
        reportingCurrency
        totals {
          ...FinanceFigureFields
        }
        byYear {
          ...FinanceBreakdownRow
        }
        byProject {
          ...FinanceBreakdownRow
        }
        byOrganisation {
          ...FinanceBreakdownRow
        }
        byDonor {
          ...FinanceBreakdownRow
        }
        flows {
          source
          target
          amount
        }
      }
      transactions {
        ...TransactionRow
      }
    }
  }
`);

export const PublishContributionsMutation = graphql(`
  mutation PublishContributions($id: ID!, $publish: Boolean!, $version: Int) {
    updateProgramme(id: $id, input: { publishContributions: $publish }, version: $version) {
      id
      version
      publishContributions
    }
  }
`);
