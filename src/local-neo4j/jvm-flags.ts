/**
 * The JVM flags Neo4j 5's own neo4j.conf passes (server.jvm.additional), so the embedded
 * database runs under the settings it is tested with.
 */
const NEO4J_SHIPPED_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

/** Heap starts small so an idle database stays small, and never grows past the configured cap. */
export function jvmFlags(heapMiB: number): string[] {
  return [
    `-Xms${Math.min(256, heapMiB)}m`,
    `-Xmx${heapMiB}m`,
    '-XX:+ExitOnOutOfMemoryError',
    ...NEO4J_SHIPPED_FLAGS,
  ];
}
