import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Runs Neo4j Community embedded, with its Bolt connector, for machines without Docker; with
 * {@code --http-port}, also its HTTP connector, which serves Neo4j Browser from the browser jar on
 * the classpath (the embedded DBMS starts Neo4j's web server whenever an HTTP connector is on).
 *
 * <p>The Node launcher compiles this class (src/local-neo4j/build.ts), starts it and reads its
 * output (src/local-neo4j/process.ts): a line starting with {@code READY } means the database
 * answers queries and Bolt accepts connections; a line starting with {@code NOTE } is for the
 * user; a line starting with {@code FATAL } carries a message for the user, and the exit code says
 * which failure it was. The password comes from the environment, never from the command line, so
 * that it does not show in the process list.
 */
public final class LocalNeo4j {
    static final int EXIT_USAGE = 2;
    static final int EXIT_PORT_TAKEN = 3;
    static final int EXIT_LOCKED = 4;
    static final int EXIT_START_FAILED = 5;

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private LocalNeo4j() {}

    public static void main(String[] args) {
        Map<String, String> options = parseOptions(args);
        Path home = Path.of(required(options, "home")).toAbsolutePath();
        String host = options.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(options.getOrDefault("port", "7687"));
        String user = options.getOrDefault("user", "neo4j");
        String database = options.getOrDefault("database", "neo4j");
        long pageCacheMiB = Long.parseLong(options.getOrDefault("page-cache-mib", "128"));
        int httpPort = Integer.parseInt(options.getOrDefault("http-port", "0"));
        String password = System.getenv("NEO4J_LOCAL_PASSWORD");
        if (password == null || password.length() < 8) {
            fatal(EXIT_USAGE, "NEO4J_LOCAL_PASSWORD must be set to a password of at least 8 characters");
        }

        FileLock homeLock = lockHome(home);
        if (!portIsFree(host, port)) {
            fatal(EXIT_PORT_TAKEN, "port " + port + " on " + host + " is already in use; stop what holds it, or use another port in NEO4J_URI");
        }
        // Browser is a convenience: a taken HTTP port must not keep the database from starting.
        boolean http = httpPort > 0 && portIsFree(host, httpPort);
        if (httpPort > 0 && !http) {
            OUT.println("NOTE Neo4j Browser is not served: port " + httpPort + " on " + host + " is already in use");
        }

        OUT.println("Starting Neo4j in " + home + " (Bolt on " + host + ":" + port
                + (http ? ", HTTP on " + host + ":" + httpPort : "") + ")");
        DatabaseManagementService dbms;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.initial_default_database, database)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMiB * 1024 * 1024)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    // Browser asks the HTTP server where Bolt is: tell it the address we bound.
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .setConfig(HttpConnector.enabled, http);
            if (http) {
                builder.setConfig(HttpConnector.listen_address, new SocketAddress(host, httpPort))
                        .setConfig(HttpConnector.advertised_address, new SocketAddress(host, httpPort))
                        // Browser only: no HTTP query endpoints beside Bolt.
                        .setConfig(ServerSettings.http_enabled_modules, EnumSet.of(ConfigurableServerModules.BROWSER))
                        .setConfig(ServerSettings.allow_telemetry, false);
            }
            dbms = builder.build();
        } catch (RuntimeException e) {
            if (causedByStoreLock(e)) {
                fatal(EXIT_LOCKED, "the data folder " + home + " is locked by another Neo4j process; stop it first");
            }
            e.printStackTrace();
            fatal(EXIT_START_FAILED, "Neo4j did not start: " + rootMessage(e) + " (see the log in " + home.resolve("logs") + ")");
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            OUT.println("Stopping Neo4j");
            dbms.shutdown();
            releaseQuietly(homeLock);
            OUT.println("STOPPED");
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            setCredentials(dbms, user, password);
            GraphDatabaseService db = dbms.database(database);
            if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
                throw new IllegalStateException("database '" + database + "' did not become available");
            }
            db.executeTransactionally("RETURN 1");
            waitForBolt(host, port);
        } catch (RuntimeException e) {
            e.printStackTrace();
            OUT.println("FATAL Neo4j started but is not usable: " + rootMessage(e));
            // exit, not halt: the shutdown hook closes the store cleanly.
            System.exit(EXIT_START_FAILED);
        }
        if (http) {
            OUT.println("NOTE Neo4j Browser: http://" + hostForUrl(host) + ":" + httpPort + "/browser/");
        }
        OUT.println("READY bolt://" + hostForUrl(host) + ":" + port + " database=" + database + " user=" + user);

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Applies the configured user and password on every start, so a changed .env takes effect. */
    private static void setCredentials(DatabaseManagementService dbms, String user, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> params = Map.of("user", user, "password", password);
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n",
                params,
                result -> ((Number) result.next().get("n")).longValue() > 0);
        if (exists) {
            try {
                system.executeTransactionally("ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
            } catch (RuntimeException e) {
                // Neo4j refuses to "change" a password to itself: the usual case on a restart.
                if (!String.valueOf(rootMessage(e)).contains("cannot be the same")) {
                    throw e;
                }
            }
        } else {
            system.executeTransactionally("CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
        }
    }

    /**
     * Neo4j locks its store too, but only after much of start-up; a lock of our own gives an early,
     * plain answer when a second launcher points at the same folder.
     */
    private static FileLock lockHome(Path home) {
        try {
            Files.createDirectories(home);
            FileChannel channel = FileChannel.open(home.resolve("launcher.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                fatal(EXIT_LOCKED, "the data folder " + home + " is locked by another Neo4j process; stop it first");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            fatal(EXIT_LOCKED, "the data folder " + home + " is locked by another Neo4j process; stop it first");
        } catch (IOException e) {
            fatal(EXIT_START_FAILED, "cannot use the data folder " + home + ": " + e.getMessage());
        }
        return null;
    }

    private static boolean portIsFree(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // As Neo4j's own listener does: a port whose last connections linger in TIME_WAIT
            // after a restart is free, one with a live listener is not.
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static void waitForBolt(String host, int port) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 1000);
                return;
            } catch (IOException e) {
                sleep(200);
            }
        }
        throw new IllegalStateException("Bolt did not accept connections on " + host + ":" + port);
    }

    private static boolean causedByStoreLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("FileLockException") || message.contains("locked by another process")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Map<String, String> parseOptions(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                fatal(EXIT_USAGE, "unexpected argument '" + arg + "'; expected --name=value");
            }
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            fatal(EXIT_USAGE, "missing --" + name + "=...");
        }
        return value;
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException ignored) {
            // The process is ending; the operating system drops the lock anyway.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void fatal(int code, String message) {
        OUT.println("FATAL " + message);
        // halt, not exit: exit would run the shutdown hook against a half-built database.
        Runtime.getRuntime().halt(code);
    }
}
