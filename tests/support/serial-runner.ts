import TestRunner from 'jest-runner';

/**
 * Jest's own test runner, made serial: the files of a project that uses it run one after another,
 * whatever --maxWorkers or --runInBand say. Jest has no per-project maxWorkers (it warns that the
 * option "is not supported in an individual project configuration"); a runner's `isSerial` is its
 * documented way to keep one project in band.
 */
export default class SerialRunner extends TestRunner {
  override readonly isSerial = true;
}
