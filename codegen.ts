import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL documents for the SPA and the example client, generated from the committed schema. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'web/src/gql/': {
      documents: ['web/src/**/*.vue', 'web/src/**/*.ts', '!web/src/gql/**/*'],
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', LocalDate: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
    // The example integration: its own documents, as plain query strings, so that it needs nothing but fetch.
    'examples/portfolio-client/gql/': {
      documents: ['examples/portfolio-client/*.ts', '!examples/portfolio-client/gql/**/*'],
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, documentMode: 'string', scalars: { DateTime: 'string', LocalDate: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
  ignoreNoDocuments: true,
};
export default config;
