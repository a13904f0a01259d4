package dev.libsql4j.devserver.namespace;

import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.replication.Replicator;
import dev.libsql4j.devserver.sql.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The databases of the server, one per namespace, laid out like sqld's: {@code <db-path>/dbs/<name>/data}.
 * The {@code default} namespace always exists; others are created and deleted through the admin API
 * (or found on disk at start).
 *
 * <p>On a replica the databases are copies that a {@link Replicator} keeps up with the primary; a
 * namespace the replica has not seen yet is looked up on the primary when a request first names it.
 */
public final class NamespaceRegistry implements AutoCloseable {

  /** The namespace requests use when none is selected. */
  public static final String DEFAULT = "default";

  /** Turso's rule for database names: lowercase letters, digits and dashes, at most 64. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");

  private final Path root;
  private final Database.Durability durability;
  private final Duration writeLockTimeout;
  private final Duration transactionTimeout;
  private final Replicator replicator;
  private final Map<String, Database> databases = new ConcurrentHashMap<>();

  /**
   * @param dbPath the server's data directory
   * @param durability how commits are synced
   * @param writeLockTimeout how long a writer waits for the write gate
   * @param transactionTimeout how long a transaction may keep a waiting writer out
   * @param replicator on a replica, what keeps the copies up with the primary; null on a primary
   */
  public NamespaceRegistry(Path dbPath, Database.Durability durability, Duration writeLockTimeout,
                           Duration transactionTimeout, Replicator replicator) throws IOException {
    this.root = dbPath.resolve("dbs");
    this.durability = durability;
    this.writeLockTimeout = writeLockTimeout;
    this.transactionTimeout = transactionTimeout;
    this.replicator = replicator;
    Files.createDirectories(root.resolve(DEFAULT));
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(NamespaceRegistry::isValidName)
          .forEach(name -> databases.put(name, open(name)));
    }
  }

  /** Whether {@code name} follows Turso's naming rule. */
  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** Whether namespace {@code name} exists here. */
  public boolean exists(String name) {
    return databases.containsKey(name);
  }

  /** Whether the databases are a replica's copies. */
  public boolean isReplica() {
    return replicator != null;
  }

  /** The database of {@code name}; 404 as sqld when it does not exist (on a replica: on the primary). */
  public Database get(String name) throws ProtocolException {
    Database database = databases.get(name);
    if (database == null && replicator != null && primaryHas(name)) {
      database = databases.computeIfAbsent(name, this::openDirectory);
    }
    if (database == null) {
      throw new ProtocolException(404, "NAMESPACE_NOT_FOUND", "Namespace `" + name + "` doesn't exist");
    }
    return database;
  }

  private boolean primaryHas(String name) throws ProtocolException {
    try {
      return replicator.primaryHas(name);
    } catch (IOException e) {
      throw new ProtocolException(502, "PRIMARY_UNREACHABLE", "The primary cannot be reached: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProtocolException(503, "INTERRUPTED", "The server is shutting down");
    }
  }

  /** Creates namespace {@code name}; 400 when it exists or the name is not allowed, or on a replica. */
  public Database create(String name) throws ProtocolException {
    if (replicator != null) {
      throw ProtocolException.badRequest("NAMESPACE_ON_REPLICA",
          "A replica follows the primary's namespaces: create `" + name + "` on the primary");
    }
    if (!isValidName(name)) {
      throw ProtocolException.badRequest("NAMESPACE_INVALID", "Invalid namespace name `" + name
          + "`: use lowercase letters, digits and dashes, at most 64");
    }
    Database[] created = new Database[1];
    databases.computeIfAbsent(name, n -> {
      created[0] = openDirectory(n);
      return created[0];
    });
    if (created[0] == null) {
      throw ProtocolException.badRequest("NAMESPACE_EXISTS", "Namespace `" + name + "` already exists");
    }
    return created[0];
  }

  /** Deletes namespace {@code name} and its files; 404 when it does not exist. */
  public void delete(String name) throws ProtocolException {
    Database removed = name.equals(DEFAULT) ? null : databases.remove(name);
    if (removed == null) {
      throw new ProtocolException(404, "NAMESPACE_NOT_FOUND", "Namespace `" + name + "` doesn't exist");
    }
    removed.close();
    try (Stream<Path> files = Files.walk(root.resolve(name))) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new ProtocolException(500, "INTERNAL", "Cannot delete namespace files: " + e.getMessage());
    }
  }

  private Database openDirectory(String name) {
    try {
      Files.createDirectories(root.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return open(name);
  }

  private Database open(String name) {
    Database database = new Database(root.resolve(name).resolve("data"), durability, writeLockTimeout,
        transactionTimeout, replicator != null);
    if (replicator != null) {
      replicator.follow(name, database);
    }
    return database;
  }

  /** Stops replication and wakes requests waiting for it. */
  @Override
  public void close() {
    if (replicator != null) {
      replicator.close();
    }
    databases.values().forEach(Database::close);
  }
}
