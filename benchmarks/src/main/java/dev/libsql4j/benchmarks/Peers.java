package dev.libsql4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/** The five peers of the issue, in the order the report shows them. */
final class Peers {

    /** Report name of our driver; the goals compare it with the others. */
    static final String LIBSQL4J = "libsql4j";
    static final String DBEAVER = "DBeaver";
    static final String NODE = "@libsql/client";
    static final String RAW = "raw HttpClient";
    static final String SQLITE = "sqlite-jdbc";

    private Peers() {
    }

    /**
     * @param sessions   sessions per Java peer: the most threads any scenario uses
     * @param sqliteFile the database file of the in-process ceiling (created and seeded on open)
     * @param nodeDir    the directory of {@code peer.mjs}, with {@code npm ci} done
     */
    static List<PeerDefinition> standard(Workload workload, int sessions, Path sqliteFile, Path nodeDir) {
        return List.of(
                new PeerDefinition(LIBSQL4J, true,
                        url -> jdbc("dev.libsql4j.jdbc.LibSqlDriver", "jdbc:libsql:" + url, new Properties(),
                                "dev.libsql4j", "libsql4j-jdbc", sessions, workload)),
                new PeerDefinition(DBEAVER, true,
                        url -> jdbc("com.dbeaver.jdbc.driver.libsql.LibSqlDriver", "jdbc:dbeaver:libsql:" + url,
                                new Properties(), "com.dbeaver.jdbc", "com.dbeaver.jdbc.driver.libsql", sessions,
                                workload)),
                new PeerDefinition(NODE, true, url -> NodePeer.start(nodeDir, url, workload)),
                new PeerDefinition(RAW, true, url -> raw(url, sessions, workload)),
                new PeerDefinition(SQLITE, false, url -> sqlite(sqliteFile, sessions, workload)));
    }

    private static Peer jdbc(String driverClass, String url, Properties properties, String groupId,
                             String artifactId, int sessions, Workload workload) throws Exception {
        Driver driver = driver(driverClass);
        String version;
        try (Connection probe = connect(driver, url, properties)) {
            DatabaseMetaData meta = probe.getMetaData();
            // The artifact's own version where the jar carries it: DBeaver 1.0.6 reports "1.0.2".
            version = meta.getDriverName() + " " + artifactVersion(groupId, artifactId, meta.getDriverVersion());
        }
        return SessionPeer.open(version, () -> new JdbcSession(connect(driver, url, properties)), sessions, workload);
    }

    /**
     * The registered driver of that class. Not {@code DriverManager.getConnection}: it takes the
     * first driver that accepts a URL, and DBeaver's accepts {@code jdbc:libsql:} URLs too.
     */
    private static Driver driver(String driverClass) throws SQLException {
        return DriverManager.drivers()
                .filter(driver -> driver.getClass().getName().equals(driverClass))
                .findFirst()
                .orElseThrow(() -> new SQLException("JDBC driver " + driverClass + " is not on the class path"));
    }

    private static Connection connect(Driver driver, String url, Properties properties) throws SQLException {
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException(driver.getClass().getName() + " does not accept " + url);
        }
        return connection;
    }

    private static Peer raw(URI url, int sessions, Workload workload) throws Exception {
        HttpClient http = RawHttpSession.newClient();
        return SessionPeer.open("java.net.http.HttpClient " + Runtime.version().feature() + ", HTTP/1.1, /v3",
                () -> new RawHttpSession(http, url), sessions, workload);
    }

    /**
     * The ceiling: sqlite-jdbc on a local file, with the journal mode and synchronous level that
     * sqld 0.24.32 reports for its own databases ({@code PRAGMA journal_mode} = wal,
     * {@code PRAGMA synchronous} = 1, NORMAL), so the two do the same disk work per commit.
     */
    private static Peer sqlite(Path file, int sessions, Workload workload) throws Exception {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Properties properties = new Properties();
        properties.setProperty("journal_mode", "WAL");
        properties.setProperty("synchronous", "NORMAL");
        try (Connection seed = connect(driver("org.sqlite.JDBC"), url, properties);
             Statement statement = seed.createStatement()) {
            for (String sql : workload.seedStatements()) {
                statement.execute(sql);
            }
        }
        return jdbc("org.sqlite.JDBC", url, properties, "org.xerial", "sqlite-jdbc", sessions, workload);
    }

    /** The version in the jar's Maven metadata, or {@code fallback} (e.g. classes from a reactor build). */
    private static String artifactVersion(String groupId, String artifactId, String fallback) throws SQLException {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = Peers.class.getResourceAsStream(resource)) {
            if (in == null) {
                return fallback;
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", fallback);
        } catch (IOException e) {
            throw new SQLException("unreadable " + resource, e);
        }
    }
}
