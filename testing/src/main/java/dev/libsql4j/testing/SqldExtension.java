package dev.libsql4j.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.function.Consumer;

/**
 * A JUnit 5 extension that starts real sqld before the tests of a class and stops it after them.
 * Register it on a static field so that it sees {@code beforeAll}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SqldExtension SQLD = SqldExtension.withAuth();
 *
 * @Test
 * void query() {
 *     URI url = SQLD.node().httpUrl();
 *     String token = SQLD.jwt().fullAccessToken();
 * }
 * }</pre>
 *
 * The servers start once per class that registers the extension; {@code @Nested} classes share
 * them. A failing start fails the class (it never skips).
 */
public final class SqldExtension implements BeforeAllCallback, AfterAllCallback {

    private final Topology topology;
    private final JwtKeys jwt;
    private SqldNode node;
    private SqldCluster cluster;
    // The context that started the servers: only its afterAll stops them (not a @Nested class's).
    private String ownerId;

    private SqldExtension(Topology topology, JwtKeys jwt) {
        this.topology = topology;
        this.jwt = jwt;
    }

    /** One node without auth. */
    public static SqldExtension standalone() {
        return new SqldExtension(new SingleNode(builder -> { }), null);
    }

    /** One node that requires JWTs signed by {@link #jwt()}. */
    public static SqldExtension withAuth() {
        JwtKeys keys = JwtKeys.generate();
        return new SqldExtension(new SingleNode(builder -> builder.jwtAuth(keys)), keys);
    }

    /** One node with namespaces and the admin API ({@link SqldNode#createNamespace(String)}). */
    public static SqldExtension withNamespaces() {
        return new SqldExtension(new SingleNode(builder -> builder.namespaces(true)), null);
    }

    /** One node configured freely, e.g. {@code custom(b -> b.arg("--max-response-size", "1KB"))}. */
    public static SqldExtension custom(Consumer<SqldNode.Builder> configuration) {
        return new SqldExtension(new SingleNode(configuration), null);
    }

    /** A primary and {@code replicas} replicas without auth; {@link #node()} is the primary. */
    public static SqldExtension cluster(int replicas) {
        return cluster(builder -> builder.replicas(replicas));
    }

    /**
     * A cluster configured freely, e.g. {@code cluster(b -> b.replicas(1).namespaces(true))};
     * {@link #node()} is the primary.
     */
    public static SqldExtension cluster(Consumer<SqldCluster.Builder> configuration) {
        return new SqldExtension(new Cluster(configuration), null);
    }

    /**
     * The single node, or the cluster's primary.
     *
     * @throws IllegalStateException before {@code beforeAll} (e.g. the field is not static)
     */
    public SqldNode node() {
        if (node == null) {
            throw notStarted();
        }
        return node;
    }

    /**
     * The cluster.
     *
     * @throws IllegalStateException if this extension was not made by {@code cluster(…)}, or before {@code beforeAll}
     */
    public SqldCluster cluster() {
        if (!(topology instanceof Cluster)) {
            throw new IllegalStateException("this SqldExtension is not a cluster: use SqldExtension.cluster(n)");
        }
        if (cluster == null) {
            throw notStarted();
        }
        return cluster;
    }

    /**
     * The keys whose tokens the node accepts.
     *
     * @throws IllegalStateException if this extension was not made by {@link #withAuth()}
     */
    public JwtKeys jwt() {
        if (jwt == null) {
            throw new IllegalStateException("this SqldExtension has no auth: use SqldExtension.withAuth()");
        }
        return jwt;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (ownerId != null) {
            return;
        }
        topology.start(this);
        ownerId = context.getUniqueId();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!context.getUniqueId().equals(ownerId)) {
            return;
        }
        try {
            if (cluster != null) {
                cluster.close();
            } else if (node != null) {
                node.close();
            }
        } finally {
            node = null;
            cluster = null;
            ownerId = null;
        }
    }

    private static IllegalStateException notStarted() {
        return new IllegalStateException("sqld is not started: register the SqldExtension on a static field "
                + "with @RegisterExtension, and use it from tests, not from field initializers");
    }

    /** What an extension starts. */
    private interface Topology {
        void start(SqldExtension extension);
    }

    private record SingleNode(Consumer<SqldNode.Builder> configuration) implements Topology {
        @Override
        public void start(SqldExtension extension) {
            SqldNode.Builder builder = SqldNode.builder().name("test");
            configuration.accept(builder);
            extension.node = builder.start();
        }
    }

    private record Cluster(Consumer<SqldCluster.Builder> configuration) implements Topology {
        @Override
        public void start(SqldExtension extension) {
            SqldCluster.Builder builder = SqldCluster.builder();
            configuration.accept(builder);
            extension.cluster = builder.start();
            extension.node = extension.cluster.primary();
        }
    }
}
