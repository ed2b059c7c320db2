import { graphql } from '../../../../gql';

export const DonorFundingQuery = graphql(`
  query DonorFunding {
    donorFunding {
      reportingCurrency
      donor {
        id
        name
        acronym
      }
      rows {
        programme {
          id
          title
        }
        project {
          id
          title
        }
        contributed
        received
        transferred
        spent
        deliveryRate
        missingRates
      }
      totals {
        contributed
        received
        transferred
        spent
        deliveryRate
        missingRates
      }
    }
  }
`);

/** The same workbook for everyone: the server answers with the signed-in donor's own funding. */
export const DONOR_FUNDING_XLSX = '/exports/donor-funding.xlsx';
