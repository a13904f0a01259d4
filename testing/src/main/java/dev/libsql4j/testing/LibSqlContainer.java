package dev.libsql4j.testing;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The official libSQL server image ({@value #DEFAULT_IMAGE}) as a Testcontainers container, for
 * users who have Docker. Without Docker, use {@link SqldNode} / {@link SqldExtension}, which run
 * the same server as a local process.
 *
 * <pre>{@code
 * @Testcontainers(disabledWithoutDocker = true)
 * class MyTest {
 *     static final JwtKeys KEYS = JwtKeys.generate();
 *     @Container
 *     static final LibSqlContainer LIBSQL = new LibSqlContainer().withJwtAuth(KEYS);
 *     // LIBSQL.httpUrl(), KEYS.fullAccessToken()
 * }
 * }</pre>
 *
 * Needs the optional dependencies {@code org.testcontainers:testcontainers} (and
 * {@code testcontainers-junit-jupiter} for the annotations) on the test class path.
 */
public class LibSqlContainer extends GenericContainer<LibSqlContainer> {

    /** The image started by the no-argument constructor. Pin a tag in your own builds. */
    public static final String DEFAULT_IMAGE = "ghcr.io/tursodatabase/libsql-server:latest";
    /** The HTTP (Hrana) port inside the container. */
    public static final int HTTP_PORT = 8080;
    /** The gRPC port a primary listens on inside the container. */
    public static final int GRPC_PORT = 5001;

    private static final String PRIMARY_ALIAS_PREFIX = "libsql-primary-";

    private JwtKeys jwt;

    /** A primary from {@link #DEFAULT_IMAGE}. */
    public LibSqlContainer() {
        this(DockerImageName.parse(DEFAULT_IMAGE));
    }

    /** A primary from {@code image}, e.g. {@code "ghcr.io/tursodatabase/libsql-server:<tag>"}. */
    public LibSqlContainer(String image) {
        this(DockerImageName.parse(image));
    }

    /** A primary from {@code image}. */
    public LibSqlContainer(DockerImageName image) {
        super(image);
        withEnv("SQLD_NODE", "primary");
        withExposedPorts(HTTP_PORT, GRPC_PORT);
        waitingFor(Wait.forHttp("/health").forPort(HTTP_PORT).forStatusCode(200)
                .withStartupTimeout(Duration.ofMinutes(2)));
    }

    /** Requires JWTs signed by {@code keys} ({@code SQLD_AUTH_JWT_KEY}, the raw key in URL-safe base64). */
    public LibSqlContainer withJwtAuth(JwtKeys keys) {
        this.jwt = Objects.requireNonNull(keys);
        return withEnv("SQLD_AUTH_JWT_KEY", keys.publicKeyBase64Url());
    }

    /**
     * Makes this container a replica of {@code primary} ({@code SQLD_NODE=replica}). Call it before
     * either container starts: both are put on one Docker network (the primary's, or a new one),
     * and the replica starts after the primary. The primary's JWT keys, if any, are applied too.
     */
    public LibSqlContainer asReplicaOf(LibSqlContainer primary) {
        if (primary.getNetwork() == null) {
            primary.withNetwork(Network.newNetwork());
        }
        String alias = PRIMARY_ALIAS_PREFIX + Integer.toHexString(System.identityHashCode(primary));
        primary.withNetworkAliases(alias);
        if (primary.jwt != null) {
            withJwtAuth(primary.jwt);
        }
        withNetwork(primary.getNetwork());
        withEnv("SQLD_NODE", "replica");
        withEnv("SQLD_PRIMARY_URL", "http://" + alias + ":" + GRPC_PORT);
        setExposedPorts(List.of(HTTP_PORT));
        return dependsOn(primary);
    }

    /** The mapped HTTP endpoint, {@code http://HOST:PORT} without a trailing slash. */
    public URI httpUrl() {
        return URI.create("http://" + getHost() + ":" + getMappedPort(HTTP_PORT));
    }

    /** The mapped gRPC endpoint of a primary (for replicas outside Docker), or {@code null} for a replica. */
    public URI grpcUrl() {
        return getExposedPorts().contains(GRPC_PORT) ? URI.create("http://" + getHost() + ":" + getMappedPort(GRPC_PORT)) : null;
    }

    /** The keys given to {@link #withJwtAuth(JwtKeys)}, or {@code null} without auth. */
    public JwtKeys jwt() {
        return jwt;
    }
}
