package dev.libsql4j.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A primary sqld and N replicas that pull its replication log over gRPC, all on 127.0.0.1 — or the
 * same topology of devservers ({@link Builder#server(ServerKind)}), whose replicas pull over HTTP.
 *
 * <p>Replicas forward writes to the primary and serve reads locally, so a read on a replica right
 * after a write on the primary may be stale: tests poll with a deadline, or send the write's
 * {@code replication_index} with the read. Each node has its own database directory.
 */
public final class SqldCluster implements AutoCloseable {

    private final SqldNode primary;
    private final List<SqldNode> replicas;

    private SqldCluster(SqldNode primary, List<SqldNode> replicas) {
        this.primary = primary;
        this.replicas = List.copyOf(replicas);
    }

    /** Starts a primary and {@code replicas} replicas in temporary directories, without auth. */
    public static SqldCluster start(int replicas) {
        return builder().replicas(replicas).start();
    }

    /** A builder for clusters with auth, persistent data or fixed ports. */
    public static Builder builder() {
        return new Builder();
    }

    /** The node that accepts writes. */
    public SqldNode primary() {
        return primary;
    }

    /** The replicas, in start order (named {@code replica-1}, {@code replica-2}, …). */
    public List<SqldNode> replicas() {
        return replicas;
    }

    /** Stops and removes every node, replicas first so that none of them sees its primary vanish. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (SqldNode node : reversedNodes()) {
            try {
                node.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "SqldCluster[primary " + primary.httpUrl() + ", " + replicas.size() + " replicas]";
    }

    private List<SqldNode> reversedNodes() {
        List<SqldNode> nodes = new ArrayList<>(replicas);
        Collections.reverse(nodes);
        nodes.add(primary);
        return nodes;
    }

    /** Options for a cluster; every node shares them. */
    public static final class Builder {

        private ServerKind server = ServerKind.configured();
        private int replicas = 1;
        private JwtKeys jwtKeys;
        private boolean namespaces;
        private Path directory;
        private int basePort;

        private Builder() {
        }

        /**
         * Which server every node runs; by default the one {@link ServerKind#configured()} names. Devserver
         * replicas follow their primary over HTTP instead of gRPC (see {@code devserver/README.md}).
         */
        public Builder server(ServerKind server) {
            this.server = Objects.requireNonNull(server);
            return this;
        }

        /** How many replicas to start (default 1). */
        public Builder replicas(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("replicas must be >= 0: " + count);
            }
            this.replicas = count;
            return this;
        }

        /** Requires JWTs signed by {@code keys} on every node (replicas forward the caller's token). */
        public Builder jwtAuth(JwtKeys keys) {
            this.jwtKeys = Objects.requireNonNull(keys);
            return this;
        }

        /**
         * Runs every node with namespaces and its admin API ({@code --enable-namespaces
         * --admin-listen-addr}), so {@code primary().createNamespace(name)} works. Create namespaces on
         * the primary: a replica follows one when a request first names it (with
         * {@link Namespaces#HEADER}), and answers 404 for a name the primary lacks.
         */
        public Builder namespaces(boolean enabled) {
            this.namespaces = enabled;
            return this;
        }

        /**
         * Keeps every node's data under {@code dir} ({@code primary/}, {@code replica-1/}, …)
         * across runs instead of temporary directories.
         */
        public Builder directory(Path dir) {
            this.directory = Objects.requireNonNull(dir);
            return this;
        }

        /**
         * Fixes the ports: primary HTTP = {@code port}, primary gRPC = {@code port + 1}, replica
         * {@code i} HTTP = {@code port + 1 + i}. 0 (the default) picks free ports.
         */
        public Builder basePort(int port) {
            this.basePort = port;
            return this;
        }

        /**
         * Starts the primary, then each replica, waiting for each one's {@code /health}. If any
         * node fails, the ones already started are stopped before the exception propagates.
         */
        public SqldCluster start() {
            if (basePort < 0 || basePort + 1 + replicas > 65_535) {
                throw new IllegalArgumentException("base port out of range for " + replicas + " replicas: " + basePort);
            }
            SqldNode primary = node("primary", basePort).grpcListen(true)
                    .grpcPort(basePort == 0 ? 0 : basePort + 1)
                    .start();
            List<SqldNode> started = new ArrayList<>();
            try {
                for (int i = 1; i <= replicas; i++) {
                    started.add(node("replica-" + i, basePort == 0 ? 0 : basePort + 1 + i)
                            .replicaOf(primary)
                            .start());
                }
            } catch (RuntimeException e) {
                new SqldCluster(primary, started).closeAfterFailure(e);
                throw e;
            }
            return new SqldCluster(primary, started);
        }

        private SqldNode.Builder node(String name, int httpPort) {
            SqldNode.Builder node = SqldNode.builder().server(server).name(name).httpPort(httpPort)
                    .namespaces(namespaces);
            if (jwtKeys != null) {
                node.jwtAuth(jwtKeys);
            }
            if (directory != null) {
                node.directory(directory.resolve(name));
            }
            return node;
        }
    }

    private void closeAfterFailure(RuntimeException cause) {
        try {
            close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
