package org.sequelize4j.benchmarks;

import static org.sequelize4j.AttributeOptions.attribute;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sequelize4j.DataTypes;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;

/**
 * Time to the first answer in a fresh JVM, on an embedded SQLite file: what a command-line tool, a
 * test class or a service's first request waits for before the JIT has done anything. Each child
 * JVM opens the database, creates a table, inserts one row and reads it back by key, timed from the
 * start of {@code main}; the ORM side does it with {@code new Sequelize}, {@code define}, {@code sync},
 * {@code create} and {@code findByPk}, the raw side with a HikariCP pool and JDBC statements. The
 * parent runs {@code bench.startup.rounds} (default 7) pairs, alternating which side goes first, and
 * prints the medians.
 *
 * <pre>
 * mvn -q -pl benchmarks -am compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath org.sequelize4j.benchmarks.StartupMain"
 * </pre>
 */
public final class StartupMain {

    private static final String MARK = "STARTUP-RESULT ";

    private StartupMain() {
    }

    /** Parent without arguments; child: {@code StartupMain --child orm|raw <dir>}. */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--child")) {
            long start = System.nanoTime();
            Path file = Path.of(args[2]).resolve("startup.db");
            String name = args[1].equals("orm") ? orm(file) : raw(file);
            long elapsed = System.nanoTime() - start;
            if (!"Ada".equals(name)) {
                throw new IllegalStateException("read back " + name);
            }
            System.out.println(MARK + elapsed);
            return;
        }
        int rounds = Integer.getInteger("bench.startup.rounds", 7);
        List<Double> orm = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            boolean ormFirst = round % 2 == 0;
            (ormFirst ? orm : raw).add(child(ormFirst ? "orm" : "raw"));
            (ormFirst ? raw : orm).add(child(ormFirst ? "raw" : "orm"));
        }
        double o = median(orm);
        double r = median(raw);
        System.out.printf("%n### Time to first answer: sqlite file, fresh JVM (%d rounds)%n%n"
                + "| ORM median ms | raw median ms | ratio | ORM runs ms | raw runs ms |%n|---:|---:|---:|---|---|%n"
                + "| %.1f | %.1f | %.2f× | %s | %s |%n", rounds, o, r, o / r, list(orm), list(raw));
    }

    /** Define, sync, create, findByPk: the first things an application does. */
    private static String orm(Path file) {
        try (Sequelize sequelize = new Sequelize("sqlite:" + file, options -> options.logging(false))) {
            ModelStatic<Model> users = sequelize.define("User", List.of(
                    attribute("name", DataTypes.STRING).allowNull(false),
                    attribute("email", DataTypes.STRING)));
            sequelize.sync();
            Model created = users.create(Map.of("name", "Ada", "email", "ada@example.com"));
            return (String) users.findByPk(created.get("id")).get("name");
        }
    }

    /** The same with a pool and hand-written statements. */
    private static String raw(Path file) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + file);
        config.setMaximumPoolSize(1);
        try (HikariDataSource pool = new HikariDataSource(config); Connection c = pool.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(255) NOT NULL,"
                        + " email VARCHAR(255), createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL)");
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO users (name, email, createdAt, updatedAt) VALUES (?, ?, ?, ?) RETURNING id")) {
                String now = Instant.now().toString();
                ps.setString(1, "Ada");
                ps.setString(2, "ada@example.com");
                ps.setString(3, now);
                ps.setString(4, now);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, email, createdAt, updatedAt FROM users WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(2);
                }
            }
        }
    }

    private static double child(String side) throws Exception {
        Path dir = Files.createTempDirectory("s4j-startup");
        try {
            List<String> command = List.of(System.getProperty("java.home") + "/bin/java", "-Xms256m", "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), StartupMain.class.getName(), "--child", side,
                    dir.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String result = null;
            StringBuilder output = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.startsWith(MARK)) {
                        result = line.substring(MARK.length()).trim();
                    }
                }
            }
            if (process.waitFor() != 0 || result == null) {
                throw new IllegalStateException("The " + side + " start-up run failed:\n" + output);
            }
            return Long.parseLong(result) / 1e6;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String list(List<Double> values) {
        return Arrays.toString(values.stream().mapToLong(Math::round).toArray());
    }
}
