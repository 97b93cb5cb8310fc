/* global process */
// Preloaded into the API process by the drills (node --expose-gc --require): SIGUSR2 runs a full
// garbage collection, so a drill can read the memory the process still needs after a burst.
if (typeof globalThis.gc === 'function') {
  process.on('SIGUSR2', () => globalThis.gc());
}
