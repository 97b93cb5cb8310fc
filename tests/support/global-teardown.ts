import fs from 'node:fs';
import type { TestNeo4j } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const testNeo4j = (globalThis as { testNeo4j?: TestNeo4j }).testNeo4j;
  if (!testNeo4j) return;
  await testNeo4j.running.stop();
  fs.rmSync(testNeo4j.home, { recursive: true, force: true });
}
