import { graphql } from '../../../gql';

/**
 * The project's history in words: the API names records, labels codes and keeps masked values masked, so the
 * page only lays the words out and puts the time in the reader's own locale and time zone.
 */
export const ProjectHistoryWordsQuery = graphql(`
  query ProjectHistoryWords($projectId: ID!, $first: Int!, $after: String) {
    projectHistory(projectId: $projectId, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      items {
        id
        at
        action
        kindName
        recordName
        summary
        readableChanges {
          field
          text
        }
        actor {
          id
          name
          organisation {
            id
            name
            acronym
          }
        }
      }
    }
  }
`);

/** A moment in the reader's locale and time zone, e.g. "12 Mar 2026, 14:05" in Britain. */
export function localTime(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The same moment in full, with its time zone, for a tooltip. */
export function fullTime(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long' }).format(new Date(iso));
}
