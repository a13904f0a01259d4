package dev.libsql4j.devserver.sql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConnection;

/**
 * Replication by database image: a primary hands out the whole committed state of a database with the
 * index of the last commit in it; a replica replaces its copy with that state in one transaction.
 *
 * <p>Shipping the state a commit produced, not the SQL that produced it, is what keeps non-deterministic
 * statements ({@code random()}, {@code datetime('now')}, {@code randomblob()}) identical on the replica.
 * The cost is the size of the database per transfer; transfers coalesce (a replica always fetches the
 * newest state), which suits the small databases of development and tests.
 */
public final class DatabaseImages {

  /** SQLite's file format version bytes (header offsets 18, 19): 1 = rollback journal, 2 = WAL. */
  private static final int WRITE_VERSION = 18;
  private static final int READ_VERSION = 19;

  private DatabaseImages() {}

  /** A database's committed state and the index of the last commit it contains. */
  public record Image(long index, byte[] bytes) {}

  /**
   * The primary's committed state. The index is read while no commit is in flight (under the write
   * gate), and the read transaction that pins the state starts before the gate opens again, so the
   * image holds exactly the commits up to the index.
   */
  public static Image take(Database database) throws SQLException, InterruptedException {
    try (SQLiteConnection connection = database.connect();
         Statement statement = connection.createStatement()) {
      long index;
      database.acquireWriteGateQuietly();
      try {
        index = database.index().value();
        statement.execute("BEGIN");
        // The first read starts the read transaction: from here on the connection sees this state.
        statement.executeQuery("SELECT count(*) FROM sqlite_schema").close();
      } finally {
        database.releaseWriteGateQuietly();
      }
      try {
        return new Image(index, connection.serialize("main"));
      } finally {
        statement.execute("COMMIT");
      }
    }
  }

  /**
   * Replaces a replica's copy (or a new fork's empty database) with {@code image} (SQLite's backup API:
   * one write transaction, so readers see the old state or the new one, never a mix) and advances its
   * index to the image's.
   */
  public static void apply(Database replica, Image image) throws SQLException, IOException {
    if (image.bytes().length > 0) {
      Path source = Files.createTempFile(replica.file().getParent(), "replication-", ".db");
      try {
        byte[] bytes = image.bytes().clone();
        // The image says WAL; as a plain file read by the backup it must say rollback journal. The
        // backup marks the (WAL) destination as WAL again.
        bytes[WRITE_VERSION] = 1;
        bytes[READ_VERSION] = 1;
        Files.write(source, bytes);
        try (SQLiteConnection connection = replica.connect()) {
          connection.getDatabase().restore("main", source.toString(), null);
        }
      } finally {
        Files.deleteIfExists(source);
      }
    }
    replica.index().advanceTo(image.index());
  }
}
