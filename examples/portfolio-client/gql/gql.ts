/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PortfolioProjects($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      items {\n        id\n        iatiIdentifier\n        title\n        programme {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.PortfolioProjectsDocument,
    "\n  query ProjectFigures($id: ID!) {\n    project(id: $id) {\n      finance {\n        reportingCurrency\n        totals {\n          budget {\n            amount\n          }\n          spent {\n            amount\n          }\n        }\n      }\n    }\n    logframe(projectId: $id) {\n      nodes {\n        indicators {\n          progress {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectFiguresDocument,
};
const documents: Documents = {
    "\n  query PortfolioProjects($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      items {\n        id\n        iatiIdentifier\n        title\n        programme {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.PortfolioProjectsDocument,
    "\n  query ProjectFigures($id: ID!) {\n    project(id: $id) {\n      finance {\n        reportingCurrency\n        totals {\n          budget {\n            amount\n          }\n          spent {\n            amount\n          }\n        }\n      }\n    }\n    logframe(projectId: $id) {\n      nodes {\n        indicators {\n          progress {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ProjectFiguresDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioProjects($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      items {\n        id\n        iatiIdentifier\n        title\n        programme {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortfolioProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectFigures($id: ID!) {\n    project(id: $id) {\n      finance {\n        reportingCurrency\n        totals {\n          budget {\n            amount\n          }\n          spent {\n            amount\n          }\n        }\n      }\n    }\n    logframe(projectId: $id) {\n      nodes {\n        indicators {\n          progress {\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectFiguresDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
