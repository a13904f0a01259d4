package dev.libsql4j.spring.autoconfigure;

import dev.libsql4j.devserver.DevServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The devserver replicas of the embedded primary ({@code libsql.devserver.replicas}): replica
 * {@code n} keeps its copy in {@code <data-dir>/replica-<n>} and listens on a free port of
 * 127.0.0.1. Closed before the primary, whose bean it depends on.
 */
public final class DevServerReplicas implements AutoCloseable {

  private final List<DevServer> servers;

  private DevServerReplicas(List<DevServer> servers) {
    this.servers = List.copyOf(servers);
  }

  /**
   * Starts {@code count} replicas of {@code primary} (with namespaces when it has them); when one cannot
   * start, those already started are closed again.
   */
  static DevServerReplicas start(DevServer primary, int count, Path dataDir, boolean namespaces)
      throws IOException {
    List<DevServer> started = new ArrayList<>();
    try {
      for (int n = 1; n <= count; n++) {
        started.add(DevServer.builder()
            .replicaOf(primary.httpUrl())
            .dbPath(dataDir.resolve("replica-" + n))
            .httpListen("127.0.0.1", 0)
            .namespaces(namespaces)
            .start());
      }
      return new DevServerReplicas(started);
    } catch (IOException | RuntimeException e) {
      new DevServerReplicas(started).close();
      throw e;
    }
  }

  /** The replicas, in the order of their numbers. */
  public List<DevServer> servers() {
    return servers;
  }

  /** Their base URLs ({@code http://127.0.0.1:PORT}), in the order of their numbers. */
  public List<URI> httpUrls() {
    return servers.stream().map(DevServer::httpUrl).toList();
  }

  /** Stops every replica, the last started first. */
  @Override
  public void close() {
    for (int i = servers.size() - 1; i >= 0; i--) {
      servers.get(i).close();
    }
  }
}
