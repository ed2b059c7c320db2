import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL documents for the SPA, generated from the committed schema. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.vue', 'web/src/**/*.ts', '!web/src/gql/**/*'],
  generates: {
    'web/src/gql/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', LocalDate: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
  ignoreNoDocuments: true,
};
export default config;
