package dev.libsql4j.devserver.cli;

import dev.libsql4j.devserver.DevServer;
import dev.libsql4j.devserver.sql.Database;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar libsql4j-devserver.jar}: runs a {@link DevServer} until interrupted. Flags carry
 * sqld's names where the feature is the same, so scripts written for sqld work unchanged.
 */
@Command(name = "libsql4j-devserver", mixinStandardHelpOptions = true,
    description = "An embedded libSQL-compatible server (Hrana over HTTP) on SQLite.")
public final class DevServerCommand implements Callable<Integer> {

  @Option(names = "--db-path", description = "Data directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "data.sqld")
  Path dbPath;

  @Option(names = "--http-listen-addr", description = "User API address (default: ${DEFAULT-VALUE}).",
      defaultValue = "127.0.0.1:8080", converter = AddressConverter.class)
  URI httpListenAddr;

  @Option(names = "--admin-listen-addr", description = "Admin API address (off by default).",
      converter = AddressConverter.class)
  URI adminListenAddr;

  @Option(names = "--auth-jwt-key-file", description = "Ed25519 public key(s), PEM or raw base64url.")
  Path jwtKeyFile;

  @Option(names = "--enable-namespaces", description = "Select databases by namespace.")
  boolean namespaces;

  @Option(names = "--stream-idle-timeout", description = "Idle stream expiry, e.g. 10s (default: ${DEFAULT-VALUE}).",
      defaultValue = "10s", converter = DurationConverter.class)
  Duration streamIdleTimeout;

  @Option(names = "--write-lock-timeout", description = "Writer wait before SQLITE_BUSY (default: ${DEFAULT-VALUE}).",
      defaultValue = "5s", converter = DurationConverter.class)
  Duration writeLockTimeout;

  @Option(names = "--txn-timeout", description = "Write transaction age after which a waiting writer "
      + "rolls it back (default: ${DEFAULT-VALUE}).", defaultValue = "5s", converter = DurationConverter.class)
  Duration transactionTimeout;

  @Option(names = "--max-concurrent-connections", description = "Open streams limit (default: ${DEFAULT-VALUE}).",
      defaultValue = "128")
  int maxStreams;

  @Option(names = "--max-response-size", description = "Pipeline result limit: bytes, or sqld's 1KB, 10MB, "
      + "1KiB … (default: ${DEFAULT-VALUE}).", defaultValue = "10000000", converter = ByteSizeConverter.class)
  long maxResponseBytes;

  @Option(names = "--synchronous", description = "NORMAL (survives kill -9) or FULL (survives power loss).",
      defaultValue = "NORMAL")
  Database.Durability durability;

  @Option(names = "--primary-url", description = "Run as a replica of the devserver at this URL "
      + "(its user API, e.g. http://127.0.0.1:8080): reads run here, writes and transactions there.")
  URI primaryUrl;

  @Option(names = "--primary-auth-token", description = "Full-access JWT for replicating from a primary "
      + "that checks JWTs (default: environment variable LIBSQL4J_PRIMARY_AUTH_TOKEN).",
      defaultValue = "${env:LIBSQL4J_PRIMARY_AUTH_TOKEN}")
  String primaryAuthToken;

  @Option(names = "--replication-lag", description = "A replica applies each new state of the primary "
      + "this late, e.g. 500ms (default: ${DEFAULT-VALUE}).", defaultValue = "0s",
      converter = DurationConverter.class)
  Duration replicationLag;

  /** The process keeps running until it is interrupted. */
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    DevServer.Builder builder = DevServer.builder()
        .dbPath(dbPath)
        .namespaces(namespaces)
        .streamIdleTimeout(streamIdleTimeout)
        .writeLockTimeout(writeLockTimeout)
        .transactionTimeout(transactionTimeout)
        .maxStreams(maxStreams)
        .maxResponseBytes(maxResponseBytes)
        .durability(durability);
    builder.httpListen(httpListenAddr.getHost(), httpListenAddr.getPort());
    if (adminListenAddr != null) {
      builder.adminListen(adminListenAddr.getHost(), adminListenAddr.getPort());
    }
    if (jwtKeyFile != null) {
      builder.jwtKeyFile(jwtKeyFile);
    }
    if (primaryUrl != null) {
      builder.replicaOf(primaryUrl).replicationLag(replicationLag);
      if (primaryAuthToken != null) {
        builder.primaryAuthToken(primaryAuthToken);
      }
    }
    DevServer server = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    // Scripts and tests wait for this line to know the server is up.
    System.out.println("libsql4j devserver listening on " + server.httpUrl()
        + (server.adminUrl() == null ? "" : " (admin " + server.adminUrl() + ")"));
    System.out.flush();
    stopped.await();
    return 0;
  }

  /** {@code host:port} as sqld takes it, held as {@code http://host:port}. */
  static final class AddressConverter implements CommandLine.ITypeConverter<URI> {
    @Override
    public URI convert(String hostPort) {
      URI uri;
      try {
        uri = URI.create("http://" + hostPort);
      } catch (IllegalArgumentException e) {
        uri = null;
      }
      if (uri == null || uri.getHost() == null || uri.getPort() < 0) {
        throw new CommandLine.TypeConversionException("expected host:port, got '" + hostPort + "'");
      }
      return uri;
    }
  }

  /** {@code 500ms}, {@code 10s}, {@code 2m}, or an ISO-8601 duration. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      if (v.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
      }
      if (v.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
      }
      return Duration.parse(value);
    }
  }

  /** A size as sqld takes it: {@code 10000}, {@code 10KB} (1000s) or {@code 10KiB} (1024s), up to TB/TiB. */
  static final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {
    private static final Pattern SIZE =
        Pattern.compile("(\\d+)\\s*(|b|kb|kib|mb|mib|gb|gib|tb|tib)");

    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new CommandLine.TypeConversionException("expected a size such as 10000, 10KB or 10MiB, got '"
            + value + "'");
      }
      String unit = m.group(2);
      int power = unit.isEmpty() || unit.equals("b") ? 0 : "kmgt".indexOf(unit.charAt(0)) + 1;
      long base = unit.contains("i") ? 1024 : 1000;
      long size = Long.parseLong(m.group(1));
      for (int i = 0; i < power; i++) {
        size = Math.multiplyExact(size, base);
      }
      return size;
    }
  }

  /** Runs the command line. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new DevServerCommand()).setCaseInsensitiveEnumValuesAllowed(true)
        .execute(args));
  }
}
