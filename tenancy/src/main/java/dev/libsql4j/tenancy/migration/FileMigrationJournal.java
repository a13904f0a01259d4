package dev.libsql4j.tenancy.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.libsql4j.tenancy.TenantName;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MigrationJournal} in a file of JSON lines, one per finished tenant:
 * {@code {"migration":"…","tenant":"acme","status":"MIGRATED","error":null,"at":"…"}}. Each line is
 * flushed as it is written, so a run killed half-way leaves the tenants it finished on record. The
 * latest line of a tenant wins; the file doubles as the history of all runs.
 */
public final class FileMigrationJournal implements MigrationJournal {

  private static final Logger LOG = LoggerFactory.getLogger(FileMigrationJournal.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One line of the file. */
  record Entry(String migration, String tenant, TenantOutcome.Status status, String error, String at) {
  }

  private final Path file;
  private final ReentrantLock lock = new ReentrantLock();

  /** The journal in {@code file} (created on first record). */
  public FileMigrationJournal(Path file) {
    this.file = file;
  }

  @Override
  public Set<TenantName> migrated(String migrationId) {
    lock.lock();
    try {
      Set<TenantName> migrated = new HashSet<>();
      if (!Files.exists(file)) {
        return migrated;
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        Entry entry = parse(line, i + 1);
        if (entry == null || !migrationId.equals(entry.migration())) {
          continue;
        }
        TenantName tenant = TenantName.of(entry.tenant());
        if (entry.status() == TenantOutcome.Status.FAILED) {
          migrated.remove(tenant);
        } else {
          migrated.add(tenant);
        }
      }
      return migrated;
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the migration journal " + file + " failed", e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * A line, or null for one that is not an entry (a line cut short when a run was killed): ignoring
   * it costs at most migrating that tenant again, which migrations tolerate.
   */
  private Entry parse(String line, int number) {
    try {
      return JSON.readValue(line, Entry.class);
    } catch (JsonProcessingException e) {
      LOG.warn("Ignoring line {} of the migration journal {}: not a journal entry ({})", number, file,
          e.getOriginalMessage());
      return null;
    }
  }

  @Override
  public void record(String migrationId, TenantOutcome outcome) {
    Entry entry = new Entry(migrationId, outcome.tenant().value(), outcome.status(), outcome.error(),
        Instant.now().toString());
    lock.lock();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      out.write(JSON.writeValueAsString(entry));
      out.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the migration journal " + file + " failed", e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "FileMigrationJournal[" + file + "]";
  }
}
