import { graphql } from '../../../gql';
import type { KnowledgeKind } from '../../../gql/graphql';

/** The knowledge network's documents: the library, one item, its changes, a project's items and trend notes. */

export const KIND_LABELS: Record<KnowledgeKind, string> = {
  BEST_PRACTICE: 'Best practice',
  LESSON_LEARNED: 'Lesson learned',
};
export const KIND_OPTIONS = (Object.keys(KIND_LABELS) as KnowledgeKind[]).map((value) => ({ value, label: KIND_LABELS[value] }));

graphql(`
  fragment KnowledgeCard on KnowledgeItem {
    id
    kind
    title
    summary
    publishedOn
    rank
    highlightedTitle {
      text
      highlighted
    }
    snippet {
      text
      highlighted
    }
    focusAreas {
      code
      name
    }
    countries {
      code
      name
    }
    authorOrganisation {
      id
      name
      acronym
    }
    projects {
      id
      title
    }
  }
`);

/** An item as its own page and form read it: everything but a search's rank and highlights. */
graphql(`
  fragment KnowledgeDetail on KnowledgeItem {
    id
    kind
    title
    summary
    body
    publishedOn
    version
    canEdit
    updatedAt
    focusAreas {
      code
      name
    }
    countries {
      code
      name
    }
    authorOrganisation {
      id
      name
      acronym
    }
    projects {
      id
      title
    }
  }
`);

export const KnowledgeItemsQuery = graphql(`
  query KnowledgeItems($filter: KnowledgeFilter, $first: Int, $offset: Int) {
    knowledgeItems(filter: $filter, first: $first, offset: $offset) {
      totalCount
      hasNextPage
      items {
        ...KnowledgeCard
      }
    }
  }
`);

export const KnowledgeItemQuery = graphql(`
  query KnowledgeItem($id: ID!) {
    knowledgeItem(id: $id) {
      ...KnowledgeDetail
    }
  }
`);

export const CreateKnowledgeItemMutation = graphql(`
  mutation CreateKnowledgeItem($input: KnowledgeItemInput!) {
    createKnowledgeItem(input: $input) {
      id
      title
    }
  }
`);

export const UpdateKnowledgeItemMutation = graphql(`
  mutation UpdateKnowledgeItem($id: ID!, $input: KnowledgeItemInput!, $version: Int) {
    updateKnowledgeItem(id: $id, input: $input, version: $version) {
      ...KnowledgeDetail
    }
  }
`);

export const DeleteKnowledgeItemMutation = graphql(`
  mutation DeleteKnowledgeItem($id: ID!, $version: Int) {
    deleteKnowledgeItem(id: $id, version: $version)
  }
`);

export const ProjectKnowledgeQuery = graphql(`
  query ProjectKnowledge($id: ID!) {
    project(id: $id) {
      id
      knowledge {
        id
        kind
        title
        summary
        publishedOn
      }
    }
  }
`);

/** Projects to link an item to, found by words in their title or identifier. */
export const KnowledgeProjectOptionsQuery = graphql(`
  query KnowledgeProjectOptions($search: String) {
    projects(filter: { search: $search }, first: 20) {
      items {
        id
        title
        iatiIdentifier
      }
    }
  }
`);

export const TrendNotesQuery = graphql(`
  query TrendNotes($filter: TrendNoteFilter, $first: Int) {
    trendNotes(filter: $filter, first: $first) {
      totalCount
      items {
        ...TrendNoteRow
      }
    }
  }
`);

graphql(`
  fragment TrendNoteRow on TrendNote {
    id
    version
    title
    body
    notedOn
    focusAreas {
      code
      name
    }
    countries {
      code
      name
    }
    sources {
      title
      url
    }
    authorOrganisation {
      id
      name
      acronym
    }
  }
`);

export const CreateTrendNoteMutation = graphql(`
  mutation CreateTrendNote($input: TrendNoteInput!) {
    createTrendNote(input: $input) {
      ...TrendNoteRow
    }
  }
`);

export const UpdateTrendNoteMutation = graphql(`
  mutation UpdateTrendNote($id: ID!, $input: TrendNoteInput!, $version: Int) {
    updateTrendNote(id: $id, input: $input, version: $version) {
      ...TrendNoteRow
    }
  }
`);

export const DeleteTrendNoteMutation = graphql(`
  mutation DeleteTrendNote($id: ID!, $version: Int) {
    deleteTrendNote(id: $id, version: $version)
  }
`);

/** What a change to an item makes stale: the library, the project panels and the item itself. */
export const KNOWLEDGE_QUERIES = ['KnowledgeItems', 'ProjectKnowledge'];
