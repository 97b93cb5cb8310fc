/**
 * Two tiers: unit tests need nothing; integration tests (*.int.test.ts) talk to a real Neo4j,
 * which the integration global setup starts unless TEST_NEO4J_URI names one.
 * Type checking is `npm run typecheck`; here TypeScript is only transpiled, which keeps runs fast.
 */
const transform = { '^.+\\.ts$': 'ts-jest' };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/support/utc.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/integration/**/*.int.test.ts'],
      setupFiles: ['<rootDir>/tests/support/utc.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
