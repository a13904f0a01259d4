package dev.libsql4j.testing;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * A {@link SqldCluster} with a {@link CountingProxy} in front of every node: what tests of replica
 * routing run on, to see which node got which request. Clients talk to the proxies:
 *
 * <pre>{@code
 * try (ProxiedCluster nodes = ProxiedCluster.start(SqldCluster.builder().replicas(2))) {
 *     String url = nodes.jdbcUrl();
 *     ...
 *     assertThat(nodes.replicas().get(0).requests("/v3/pipeline")).isEqualTo(1);
 * }
 * }</pre>
 */
public final class ProxiedCluster implements AutoCloseable {

    private final SqldCluster cluster;
    private final CountingProxy primary;
    private final List<CountingProxy> replicas;

    private ProxiedCluster(SqldCluster cluster) {
        this.cluster = cluster;
        this.primary = CountingProxy.start(cluster.primary().httpUrl());
        this.replicas = cluster.replicas().stream().map(node -> CountingProxy.start(node.httpUrl())).toList();
    }

    /** Starts the cluster {@code builder} describes and a proxy in front of each node. */
    public static ProxiedCluster start(SqldCluster.Builder builder) {
        return new ProxiedCluster(builder.start());
    }

    /** The nodes themselves (to stop, restart or pause one). */
    public SqldCluster cluster() {
        return cluster;
    }

    /** The proxy in front of the primary. */
    public CountingProxy primary() {
        return primary;
    }

    /** The proxies in front of the replicas, in the cluster's order. */
    public List<CountingProxy> replicas() {
        return replicas;
    }

    /** The replicas' proxies as comma-separated {@code 127.0.0.1:PORT} entries (a driver's replica list). */
    public String replicaHostPorts() {
        return replicas.stream().map(proxy -> proxy.url().getHost() + ":" + proxy.url().getPort())
                .collect(Collectors.joining(","));
    }

    /** A driver URL to the primary's proxy with the replicas' proxies as {@code replicas=}. */
    public String jdbcUrl() {
        return "jdbc:libsql:" + primary.url() + "?replicas=" + replicaHostPorts();
    }

    /**
     * Waits (up to 30 s, polling every 20 ms) until {@code replicated} is true, e.g. "a read without a
     * hint, which goes to a replica, sees the row": replication is asynchronous.
     *
     * @throws AssertionError naming {@code what} when it is still false after 30 s
     */
    public static void awaitReplicated(String what, BooleanSupplier replicated) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!replicated.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not replicated within 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    /** Sets every proxy's counts back to zero. */
    public void resetCounts() {
        primary.reset();
        replicas.forEach(CountingProxy::reset);
    }

    /** Stops the proxies, then the nodes. */
    @Override
    public void close() {
        replicas.forEach(CountingProxy::close);
        primary.close();
        cluster.close();
    }

    @Override
    public String toString() {
        return "ProxiedCluster[" + cluster + ", primary " + primary + ", replicas " + replicas + "]";
    }
}
