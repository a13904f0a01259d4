package dev.libsql4j.devserver.sql;

import dev.libsql4j.devserver.error.ErrorMapper;
import dev.libsql4j.devserver.error.StatementException;
import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.DescribeResult;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.NamedArg;
import dev.libsql4j.hrana.message.Value;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

/**
 * Runs one SQL statement on a session the way sqld does: one statement per text, sqld's binding rules,
 * sqld's counters, and writes serialized through the database's write gate.
 */
public final class StatementExecutor {

  // SQLite's fundamental datatypes as sqlite3_column_type reports them.
  private static final int SQLITE_INTEGER = 1;
  private static final int SQLITE_FLOAT = 2;
  private static final int SQLITE_TEXT = 3;
  private static final int SQLITE_BLOB = 4;

  private StatementExecutor() {}

  /**
   * Executes {@code sql}, which must hold exactly one statement, streaming its rows into {@code sink}.
   */
  public static StepOutcome execute(SqliteSession session, String sql, List<Value> args,
                                    List<NamedArg> namedArgs, RowSink sink)
      throws StatementException, IOException {
    return run(session, single(sql), args, namedArgs, sink);
  }

  /** The one statement of {@code sql}, or sqld's error for none or several. */
  public static SqlText.Statement single(String sql) throws StatementException {
    List<SqlText.Statement> statements = SqlText.statements(sql);
    if (statements.isEmpty()) {
      throw StatementException.of("SQL_NO_STATEMENT", "SQL string does not contain any statement");
    }
    if (statements.size() > 1) {
      throw StatementException.of("SQL_MANY_STATEMENTS", "SQL string contains more than one statement");
    }
    return statements.get(0);
  }

  /** Executes one parsed statement, streaming its rows into {@code sink}. */
  public static StepOutcome run(SqliteSession session, SqlText.Statement statement, List<Value> args,
                                List<NamedArg> namedArgs, RowSink sink)
      throws StatementException, IOException {
    StatementKind kind = StatementKind.of(statement);
    List<Value> bound = Binding.resolve(statement, args, namedArgs, kind == StatementKind.EXPLAIN);
    session.database().checkNotBlocked(StatementKind.mayWrite(statement));
    session.noteStatement(statement);
    session.lock();
    long started = System.nanoTime();
    try {
      if (StatementKind.mayWrite(statement)) {
        // A session waits here only when it holds no gate, so no waiter ever needs to abort it.
        session.beforeWrite();
      }
      StepOutcome outcome = step(session, statement, kind, bound, sink, started);
      if (kind == StatementKind.BEGIN_READONLY) {
        session.beginReadOnly();
      }
      return outcome;
    } catch (SQLException e) {
      throw new StatementException(ErrorMapper.map(e, statement.sql()));
    } finally {
      try {
        settle(session);
      } finally {
        session.unlock();
      }
    }
  }

  private static StepOutcome step(SqliteSession session, SqlText.Statement statement,
                                  StatementKind kind, List<Value> bound, RowSink sink, long started)
      throws SQLException, IOException, StatementException {
    // libSQL's BEGIN READONLY is not SQLite syntax; BEGIN TRANSACTION READONLY is (a named BEGIN).
    String sql = kind == StatementKind.BEGIN_READONLY && statement.keyword(1).equals("READONLY")
        ? "BEGIN DEFERRED" : statement.sql();
    long rows = 0;
    try (PreparedStatement prepared = session.connection().prepareStatement(sql)) {
      CoreStatement core = (CoreStatement) prepared;
      sink.columns(columns(core));
      for (int i = 0; i < bound.size(); i++) {
        bind(prepared, i + 1, bound.get(i));
      }
      ResultSet resultSet = prepared.execute() ? prepared.getResultSet() : null;
      if (resultSet != null) {
        while (resultSet.next()) {
          sink.row(row(core));
          rows++;
        }
      }
    }
    DB db = session.connection().getDatabase();
    long changes = kind.countsChanges() ? db.changes() : 0;
    Long lastRowid = kind == StatementKind.INSERT ? lastInsertRowid(session) : null;
    double millis = (System.nanoTime() - started) / 1_000_000.0;
    return new StepOutcome(changes, lastRowid, rows, changes, millis);
  }

  /**
   * Fails with {@code SQL_PARSE_ERROR} when a statement is not even syntactically valid. sqld parses a
   * whole {@code sequence} before running any of it; SQLite reports syntax errors before it resolves
   * names, so preparing each statement finds them while statements about tables an earlier statement
   * creates still pass.
   */
  public static void requireParsable(SqliteSession session, SqlText.Statement statement)
      throws StatementException {
    try (PreparedStatement ignored = session.connection().prepareStatement(statement.sql())) {
      // Parsed and resolved: nothing to report.
    } catch (SQLException e) {
      HranaError error = ErrorMapper.map(e, statement.sql());
      if ("SQL_PARSE_ERROR".equals(error.code())) {
        throw new StatementException(error);
      }
    }
  }

  /** Describes {@code sql} without executing it. */
  public static DescribeResult describe(SqliteSession session, String sql) throws StatementException {
    SqlText.Statement statement = single(sql);
    try (PreparedStatement prepared = session.connection().prepareStatement(statement.sql())) {
      int count = prepared.getParameterMetaData().getParameterCount();
      List<String> names = new ArrayList<>(SqlText.parameters(statement));
      while (names.size() < count) {
        names.add(null);
      }
      StatementKind kind = StatementKind.of(statement);
      return new DescribeResult(names.subList(0, count), columns((CoreStatement) prepared),
          kind == StatementKind.EXPLAIN,
          !StatementKind.mayWrite(statement) || kind == StatementKind.BEGIN_IMMEDIATE);
    } catch (SQLException e) {
      throw new StatementException(ErrorMapper.map(e, statement.sql()));
    }
  }

  /** Releases the write gate / read-only guard once the statement left the session in autocommit. */
  private static void settle(SqliteSession session) throws StatementException {
    try {
      session.afterStatement();
    } catch (SQLException e) {
      throw new StatementException(ErrorMapper.map(e, ""));
    }
  }

  private static List<Col> columns(CoreStatement core) throws SQLException {
    return core.pointer.safeRun((db, ptr) -> {
      int count = db.column_count(ptr);
      List<Col> cols = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        cols.add(new Col(db.column_name(ptr, i), db.column_decltype(ptr, i)));
      }
      return cols;
    });
  }

  private static List<Value> row(CoreStatement core) throws SQLException {
    return core.pointer.safeRun((db, ptr) -> {
      int count = db.column_count(ptr);
      List<Value> values = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        values.add(value(db, ptr, i));
      }
      return values;
    });
  }

  private static Value value(DB db, long ptr, int column) throws SQLException {
    switch (db.column_type(ptr, column)) {
      case SQLITE_INTEGER:
        return Value.of(db.column_long(ptr, column));
      case SQLITE_FLOAT:
        double d = db.column_double(ptr, column);
        // JSON has no infinities; sqld's serializer writes them as null.
        return Double.isFinite(d) ? Value.of(d) : Value.NULL;
      case SQLITE_TEXT:
        return Value.of(db.column_text(ptr, column));
      case SQLITE_BLOB:
        byte[] blob = db.column_blob(ptr, column);
        return Value.of(blob == null ? new byte[0] : blob);
      default:
        return Value.NULL;
    }
  }

  private static void bind(PreparedStatement prepared, int index, Value value) throws SQLException {
    if (value instanceof Value.IntegerValue v) {
      prepared.setLong(index, v.value());
    } else if (value instanceof Value.FloatValue v) {
      prepared.setDouble(index, v.value());
    } else if (value instanceof Value.TextValue v) {
      prepared.setString(index, v.value());
    } else if (value instanceof Value.BlobValue v) {
      prepared.setBytes(index, v.value());
    } else {
      prepared.setNull(index, Types.NULL);
    }
  }

  private static Long lastInsertRowid(SqliteSession session) throws SQLException {
    try (Statement query = session.connection().createStatement();
         ResultSet rs = query.executeQuery("SELECT last_insert_rowid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
