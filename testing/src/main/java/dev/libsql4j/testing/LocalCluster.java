package dev.libsql4j.testing;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a persistent primary + 1 replica for manual work until Ctrl-C:
 * {@code mvn -q -pl testing exec:java} from the repository root.
 *
 * <p>Data lives in {@value #DATA_DIR} under the working directory and survives restarts. Ports
 * are free ones unless the system property {@value #PORT_PROPERTY} fixes them (primary HTTP =
 * port, primary gRPC = port + 1, replica HTTP = port + 2).
 */
public final class LocalCluster {

    /** Where the nodes keep their data, relative to the working directory. */
    public static final String DATA_DIR = ".libsql4j/cluster";
    /** System property fixing the base port. */
    public static final String PORT_PROPERTY = "libsql4j.port";

    private LocalCluster() {
    }

    /**
     * Starts the cluster, prints its URLs and blocks; a shutdown hook stops the nodes on exit.
     *
     * @param args ignored
     */
    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(DATA_DIR).toAbsolutePath();
        SqldCluster cluster = SqldCluster.builder()
                .replicas(1)
                .directory(dataDir)
                .basePort(Integer.getInteger(PORT_PROPERTY, 0))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "libsql4j-local-cluster-stop"));

        SqldNode replica = cluster.replicas().get(0);
        System.out.println("libSQL cluster running (sqld), data in " + dataDir);
        System.out.println("  primary  " + cluster.primary().httpUrl() + "   (gRPC " + cluster.primary().grpcUrl() + ")");
        System.out.println("  replica  " + replica.httpUrl());
        System.out.println("  logs     " + cluster.primary().logFile() + ", " + replica.logFile());
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
