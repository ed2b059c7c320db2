import { graphql } from '../../../../gql';

/**
 * Fields are spelled out rather than nested in fragments, and breakdown rows carry only the reporting-currency
 * amounts their tables show: the API prices every nesting level, and this keeps the page's one query well
 * inside its cost limit.
 */
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
          budget {
            amount
            byCurrency {
              amount
              currency
            }
            missingRates {
              currency
              date
            }
          }
          contributions {
            amount
            byCurrency {
              amount
              currency
            }
            missingRates {
              currency
              date
            }
          }
          pledged {
            amount
            byCurrency {
              amount
              currency
            }
            missingRates {
              currency
              date
            }
          }
          received {
            amount
            byCurrency {
              amount
              currency
            }
            missingRates {
              currency
              date
            }
          }
          transferred {
            amount
            byCurrency {
              amount
              currency
            }
            missingRates {
              currency
              date
            }
          }
          committed {
            amount
            byCurrency {
              amount
              currency
            }
            missingRates {
              currency
              date
            }
          }
          disbursed {
            amount
            byCurrency {
              amount
              currency
            }
            missingRates {
              currency
              date
            }
          }
          spent {
            amount
            byCurrency {
              amount
              currency
            }
            missingRates {
              currency
              date
            }
          }
          deliveryRate
          fundingGap
        }
        flows {
          source
          target
          amount
        }
        byYear {
          key
          label
          figures {
            budget {
              amount
            }
            spent {
              amount
            }
            deliveryRate
          }
        }
        byProject {
          key
          label
          figures {
            budget {
              amount
            }
            contributions {
              amount
            }
            pledged {
              amount
            }
            received {
              amount
            }
            transferred {
              amount
            }
            committed {
              amount
            }
            disbursed {
              amount
            }
            spent {
              amount
            }
            deliveryRate
          }
        }
        byOrganisation {
          key
          label
          figures {
            budget {
              amount
            }
            contributions {
              amount
            }
            pledged {
              amount
            }
            received {
              amount
            }
            transferred {
              amount
            }
            committed {
              amount
            }
            disbursed {
              amount
            }
            spent {
              amount
            }
            deliveryRate
          }
        }
        byDonor {
          key
          label
          figures {
            budget {
              amount
            }
            contributions {
              amount
            }
            pledged {
              amount
            }
            received {
              amount
            }
            transferred {
              amount
            }
            committed {
              amount
            }
            disbursed {
              amount
            }
            spent {
              amount
            }
            deliveryRate
          }
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
