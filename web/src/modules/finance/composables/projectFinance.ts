import { graphql } from '../../../gql';

/** What the project finance page reads: figures with their breakdowns, budget lines, contributions, transactions. */

graphql(`
  fragment MoneyTotalFigure on MoneyTotal {
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
  fragment ProjectFigureSet on FinanceFigures {
    budget {
      ...MoneyTotalFigure
    }
    contributions {
      ...MoneyTotalFigure
    }
    received {
      ...MoneyTotalFigure
    }
    transferred {
      ...MoneyTotalFigure
    }
    committed {
      ...MoneyTotalFigure
    }
    disbursed {
      ...MoneyTotalFigure
    }
    spent {
      ...MoneyTotalFigure
    }
    deliveryRate
    fundingGap
  }
`);

graphql(`
  fragment ProjectFinanceRow on FinanceRow {
    key
    label
    figures {
      budget {
        amount
        currency
      }
      spent {
        amount
        currency
      }
      deliveryRate
    }
  }
`);

graphql(`
  fragment BudgetLineRow on BudgetLine {
    id
    version
    projectId
    periodStart
    periodEnd
    valueDate
    type
    status
    amount {
      amount
      currency
    }
    converted {
      ...ConvertedFigure
    }
    organisation {
      id
      name
      acronym
    }
    output {
      id
      statement
    }
  }
`);

graphql(`
  fragment ContributionRow on ContributionRecord {
    id
    version
    status
    earmarking
    signedDate
    periodStart
    periodEnd
    description
    paid
    amount {
      amount
      currency
    }
    converted {
      ...ConvertedFigure
    }
    donor {
      id
      name
      acronym
    }
  }
`);

export const ProjectFinanceQuery = graphql(`
  query ProjectFinance($id: ID!) {
    project(id: $id) {
      id
      title
      iatiIdentifier
      canEdit
      programme {
        id
        title
      }
      participations {
        id
        role
        organisation {
          id
          name
          acronym
          iatiRef
        }
      }
      finance {
        reportingCurrency
        totals {
          ...ProjectFigureSet
        }
      }
      budgets {
        ...BudgetLineRow
      }
      contributions {
        ...ContributionRow
      }
    }
  }
`);

/** The breakdowns, apart from the totals: together they would exceed the API's query cost limit. */
export const ProjectFinanceBreakdownsQuery = graphql(`
  query ProjectFinanceBreakdowns($id: ID!) {
    project(id: $id) {
      id
      finance {
        byYear {
          ...ProjectFinanceRow
        }
        byOutput {
          ...ProjectFinanceRow
        }
        byOrganisation {
          ...ProjectFinanceRow
        }
      }
    }
  }
`);

export const ProjectTransactionsQuery = graphql(`
  query ProjectTransactions($id: ID!, $filter: TransactionFilter) {
    project(id: $id) {
      id
      transactions(filter: $filter) {
        ...TransactionRow
      }
    }
  }
`);

export const ProjectOutputsQuery = graphql(`
  query ProjectOutputs($projectId: ID!) {
    logframe(projectId: $projectId) {
      projectId
      nodes {
        id
        code
        level
        statement
        responsibleOrganisation {
          id
        }
      }
    }
  }
`);

export const CreateBudgetMutation = graphql(`
  mutation CreateBudget($input: BudgetInput!) {
    createBudget(input: $input) {
      ...BudgetLineRow
    }
  }
`);

export const UpdateBudgetMutation = graphql(`
  mutation UpdateBudget($id: ID!, $input: BudgetInput!, $version: Int) {
    updateBudget(id: $id, input: $input, version: $version) {
      ...BudgetLineRow
    }
  }
`);

export const DeleteBudgetMutation = graphql(`
  mutation DeleteBudget($id: ID!) {
    deleteBudget(id: $id)
  }
`);

export const CreateContributionMutation = graphql(`
  mutation CreateContribution($input: ContributionInput!) {
    createContribution(input: $input) {
      ...ContributionRow
    }
  }
`);

export const UpdateContributionMutation = graphql(`
  mutation UpdateContribution($id: ID!, $input: ContributionInput!, $version: Int) {
    updateContribution(id: $id, input: $input, version: $version) {
      ...ContributionRow
    }
  }
`);

export const DeleteContributionMutation = graphql(`
  mutation DeleteContribution($id: ID!) {
    deleteContribution(id: $id)
  }
`);

export const ReadSpreadsheetMutation = graphql(`
  mutation ReadSpreadsheet($fileName: String!, $contentBase64: String!) {
    readSpreadsheet(fileName: $fileName, contentBase64: $contentBase64) {
      columns
      rows
    }
  }
`);

/** Every change to money changes the figures: these are the queries to read again after one. */
export const FINANCE_QUERIES = ['ProjectFinance', 'ProjectFinanceBreakdowns', 'ProjectTransactions'];
