package dev.libsql4j.example.invoicing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.libsql4j.jdbc.routing.NodeRole;
import dev.libsql4j.jdbc.routing.WorkKind;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Which node served each statement, read from the driver's routing log ({@code StatementRouter} logs
 * "READ served by REPLICA http://…" at debug for every statement of every pool). The tenants' pools
 * are made by the tenancy module, not by the application context, so a {@code RoutingListener} bean
 * does not reach them; the log does.
 */
final class ServedBy extends AppenderBase<ILoggingEvent> {

  private static final String ROUTER = "dev.libsql4j.jdbc.exec.StatementRouter";

  private final List<String> statements = new CopyOnWriteArrayList<>();

  ServedBy() {
    setName("served-by");
  }

  /**
   * Records the router's debug lines (here only, not on the console). Call it after the application
   * started: Spring Boot's logging set-up resets the logger configuration and stops every appender.
   */
  void attach() {
    if (!isStarted()) {
      start();
    }
    Logger router = (Logger) LoggerFactory.getLogger(ROUTER);
    router.setLevel(Level.DEBUG);
    router.setAdditive(false);
    if (router.getAppender(getName()) == null) {
      router.addAppender(this);
    }
  }

  @Override
  protected void append(ILoggingEvent event) {
    statements.add(event.getFormattedMessage());
  }

  void clear() {
    statements.clear();
  }

  /** How many statements of this kind a node of this role served since {@link #clear()}. */
  long count(NodeRole role, WorkKind kind) {
    String prefix = kind + " served by " + role + " ";
    return statements.stream().filter(s -> s.startsWith(prefix)).count();
  }

  /** The highest replication index reported by statements of this kind on a node of this role, or -1. */
  long highestIndex(NodeRole role, WorkKind kind) {
    String prefix = kind + " served by " + role + " ";
    return statements.stream().filter(s -> s.startsWith(prefix))
        .map(s -> s.substring(s.lastIndexOf(' ') + 1, s.length() - 1))
        .filter(index -> !index.equals("null"))
        .mapToLong(Long::parseLong).max().orElse(-1);
  }

  /** The last statement's line, e.g. {@code READ served by REPLICA http://127.0.0.1:8081 (replication index 7)}. */
  String last() {
    return statements.isEmpty() ? "nothing" : statements.get(statements.size() - 1);
  }

  @Override
  public String toString() {
    return String.join("\n", statements);
  }
}
