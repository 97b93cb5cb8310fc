/**
 * Three tiers: unit tests need nothing; tck tests pin the text of the Cypher the graph layer
 * generates (snapshots, no database), so a change of query shape shows in review; integration
 * tests (*.int.test.ts) talk to a real Neo4j, which the integration global setup starts unless
 * TEST_NEO4J_URI names one. Browser tests (tests/browser, *.browser.test.ts) drive Debian's Chromium
 * through playwright-core against the API and the explorer; they share that Neo4j and its setup.
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
      displayName: 'tck',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/tck/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/support/utc.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/integration/**/*.int.test.ts'],
      // The files share one Neo4j and several empty it: they run one at a time, however jest is started.
      runner: '<rootDir>/tests/support/serial-runner.ts',
      setupFiles: ['<rootDir>/tests/support/utc.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/browser/**/*.browser.test.ts'],
      // Same runner and global setup as the integration tests: one Neo4j, one file at a time.
      runner: '<rootDir>/tests/support/serial-runner.ts',
      setupFiles: ['<rootDir>/tests/support/utc.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
