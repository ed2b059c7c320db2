import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { createRequire } from 'node:module';

// One copy of graphql for our code and for the libraries: Vite would otherwise load its ESM build next to
// the CommonJS build that type-graphql and Apollo use, and graphql refuses types from "another realm".
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');
const serverResolve = { alias: { graphql: graphqlEntry } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: serverResolve,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          globalSetup: ['tests/support/global-database.ts'],
          setupFiles: ['reflect-metadata'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        // Needs Debian's pgbouncer and nginx (`apt-get install -y pgbouncer nginx`): `npm run test:infra`, not part of `npm test`.
        resolve: serverResolve,
        test: {
          name: 'infra',
          environment: 'node',
          include: ['tests/infra/**/*.test.ts'],
          globalSetup: ['tests/support/global-database.ts'],
          setupFiles: ['reflect-metadata'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'web',
          environment: 'happy-dom',
          include: ['tests/web/**/*.test.ts'],
        },
      },
      {
        resolve: serverResolve,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          setupFiles: ['reflect-metadata'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
