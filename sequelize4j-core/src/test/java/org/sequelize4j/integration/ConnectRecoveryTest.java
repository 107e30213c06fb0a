package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/**
 * A server that comes back (after a restart) is used at once: the pool does not keep reporting the
 * failure it last met while it was away. The restart is played by a small TCP proxy in front of the
 * shared server, on a port that is closed and then opened; for SQLite, by a database file whose folder
 * is missing and then made.
 */
class ConnectRecoveryTest {

    private static final String DB = System.getProperty("sequelize4j.test.database", "test");

    @DialectTest
    void aConnectAfterTheServerIsBackSucceedsAtOnce(TestDialect dialect, @TempDir Path dir) throws Exception {
        int port = freePort();
        String uri;
        switch (dialect) {
            case POSTGRES: uri = "postgres://postgres@127.0.0.1:" + port + "/" + DB; break;
            case MARIADB: uri = "mariadb://root@127.0.0.1:" + port + "/" + DB; break;
            default: uri = "sqlite:" + dir.resolve("later/x.db"); break;
        }
        try (Sequelize s = new Sequelize(uri)) {
            // Callers keep asking while the server is away, as an application under load does: the
            // pool's own retries meanwhile back off to pauses of seconds.
            long away = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3_000);
            while (System.nanoTime() < away) {
                assertThrows(ConnectionError.class, s::authenticate);
            }
            Proxy proxy = null;
            if (dialect == TestDialect.SQLITE) {
                Files.createDirectories(dir.resolve("later"));
            } else {
                proxy = new Proxy(port, dialect == TestDialect.POSTGRES ? 5432 : 3306);
            }
            try {
                long start = System.nanoTime();
                s.authenticate();
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(millis < 2_000, "connected only after " + millis + " ms");
                s.query("SELECT 1");
            } finally {
                if (proxy != null) {
                    proxy.close();
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Forwards every connection to its port on 127.0.0.1 to the real server's port. */
    private static final class Proxy implements AutoCloseable {
        private final ServerSocket listener;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();

        Proxy(int port, int target) throws IOException {
            listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                try {
                    while (true) {
                        Socket client = listener.accept();
                        Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                        sockets.add(client);
                        sockets.add(server);
                        pump(client, server);
                        pump(server, client);
                    }
                } catch (IOException closed) {
                    // The proxy was closed.
                }
            }, "test-proxy-accept");
            accept.setDaemon(true);
            accept.start();
        }

        private static void pump(Socket from, Socket to) {
            Thread pump = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                } catch (IOException closed) {
                    // One side went away.
                } finally {
                    try {
                        to.close();
                        from.close();
                    } catch (IOException ignored) {
                        // Closing anyway.
                    }
                }
            }, "test-proxy-pump");
            pump.setDaemon(true);
            pump.start();
        }

        @Override
        public void close() throws IOException {
            listener.close();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
