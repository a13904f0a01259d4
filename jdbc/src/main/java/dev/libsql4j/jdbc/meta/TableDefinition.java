package dev.libsql4j.jdbc.meta;

import dev.libsql4j.jdbc.meta.SqlTokens.Token;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;

/**
 * The constraint names and foreign-key deferrability of one table, read from the
 * {@code CREATE TABLE} text stored in {@code sqlite_schema}: SQLite's pragmas report columns,
 * keys and actions but neither constraint names nor {@code DEFERRABLE} clauses.
 *
 * <p>sqlite-jdbc finds these with regular expressions over the raw text, which misses
 * column-level {@code CONSTRAINT} names and can attach a name to the wrong key; this reads the
 * statement token by token along SQLite's grammar instead.
 */
final class TableDefinition {

  /**
   * A foreign key as declared.
   *
   * @param name the {@code CONSTRAINT} name, or null when unnamed
   * @param deferrability one of {@link DatabaseMetaData#importedKeyInitiallyDeferred},
   *     {@link DatabaseMetaData#importedKeyInitiallyImmediate},
   *     {@link DatabaseMetaData#importedKeyNotDeferrable}
   */
  record ForeignKey(String name, int deferrability) {}

  private static final TableDefinition NONE = new TableDefinition(null, List.of());

  private final String primaryKeyName;
  private final List<ForeignKey> foreignKeys;

  private TableDefinition(String primaryKeyName, List<ForeignKey> foreignKeys) {
    this.primaryKeyName = primaryKeyName;
    this.foreignKeys = foreignKeys;
  }

  /** Reads a stored {@code CREATE TABLE} statement; other or null text yields no constraints. */
  static TableDefinition parse(String createTableSql) {
    List<Token> tokens = SqlTokens.of(createTableSql);
    int body = bodyStart(tokens);
    if (body < 0) {
      return NONE;
    }
    return new Reader(tokens, body).read();
  }

  /** The name of the {@code PRIMARY KEY} constraint, or null when it has none. */
  String primaryKeyName() {
    return primaryKeyName;
  }

  /**
   * The foreign key that {@code pragma_foreign_key_list} reports with {@code id}, or null when
   * the text does not have it. SQLite numbers foreign keys from the last declared one (it prepends
   * each new key to the table's list), so id 0 is the last declaration.
   */
  ForeignKey foreignKey(int pragmaId) {
    int index = foreignKeys.size() - 1 - pragmaId;
    return index >= 0 && index < foreignKeys.size() ? foreignKeys.get(index) : null;
  }

  /** Index of the first token inside the column list, or -1 for no list (AS SELECT, VIRTUAL). */
  private static int bodyStart(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.is("VIRTUAL") || token.is("AS")) {
        return -1;
      }
      if (token.is('(')) {
        return i + 1;
      }
    }
    return -1;
  }

  /** A cursor over the tokens of the column list, read item by item. */
  private static final class Reader {
    private final List<Token> tokens;
    private int pos;
    private String primaryKeyName;
    private final List<ForeignKey> foreignKeys = new ArrayList<>();

    Reader(List<Token> tokens, int start) {
      this.tokens = tokens;
      this.pos = start;
    }

    TableDefinition read() {
      while (pos < tokens.size() && !peek().is(')')) {
        readItem();
        if (pos < tokens.size() && peek().is(',')) {
          pos++;
        }
      }
      return new TableDefinition(primaryKeyName, List.copyOf(foreignKeys));
    }

    /** One column definition or table constraint, up to its top-level comma or the closing ')'. */
    private void readItem() {
      if (!startsConstraint(peek())) {
        pos++; // the column name; its type and constraints follow
      }
      String pendingName = null;
      while (pos < tokens.size() && !peek().is(',') && !peek().is(')')) {
        Token token = tokens.get(pos++);
        if (token.is("CONSTRAINT") && pos < tokens.size()) {
          pendingName = tokens.get(pos++).name();
        } else if (token.is("PRIMARY")) {
          if (pendingName != null) {
            primaryKeyName = pendingName;
          }
          pendingName = null;
        } else if (token.is("REFERENCES")) {
          foreignKeys.add(new ForeignKey(pendingName, readReferencesClause()));
          pendingName = null;
        } else if (token.is('(')) {
          skipGroup();
        } else if (isOtherConstraint(token)) {
          pendingName = null;
        }
      }
    }

    /**
     * Reads {@code name [(cols)] [ON … | MATCH …]* [[NOT] DEFERRABLE [INITIALLY …]]} after
     * REFERENCES and returns the JDBC deferrability it declares.
     */
    private int readReferencesClause() {
      pos++; // referenced table
      if (pos < tokens.size() && peek().is('(')) {
        pos++;
        skipGroup();
      }
      int deferrability = DatabaseMetaData.importedKeyNotDeferrable;
      while (pos < tokens.size()) {
        Token token = peek();
        if (token.is("ON")) {
          pos += 2; // ON DELETE|UPDATE
          skipAction();
        } else if (token.is("MATCH")) {
          pos += 2;
        } else if (token.is("NOT") && pos + 1 < tokens.size() && tokens.get(pos + 1).is("DEFERRABLE")) {
          pos += 2;
          skipInitially();
          deferrability = DatabaseMetaData.importedKeyNotDeferrable;
        } else if (token.is("DEFERRABLE")) {
          pos++;
          deferrability = skipInitially()
              ? DatabaseMetaData.importedKeyInitiallyDeferred
              : DatabaseMetaData.importedKeyInitiallyImmediate;
        } else {
          return deferrability;
        }
      }
      return deferrability;
    }

    /** Skips an action; SET NULL, SET DEFAULT and NO ACTION are two words. */
    private void skipAction() {
      if (pos < tokens.size()) {
        Token first = tokens.get(pos++);
        if (first.is("SET") || first.is("NO")) {
          pos++;
        }
      }
    }

    /** Skips {@code INITIALLY DEFERRED|IMMEDIATE}; true when it says DEFERRED. */
    private boolean skipInitially() {
      if (pos + 1 < tokens.size() && peek().is("INITIALLY")) {
        boolean deferred = tokens.get(pos + 1).is("DEFERRED");
        pos += 2;
        return deferred;
      }
      return false;
    }

    /** Skips to just past the ')' matching a '(' that was just consumed. */
    private void skipGroup() {
      int depth = 1;
      while (pos < tokens.size() && depth > 0) {
        Token token = tokens.get(pos++);
        if (token.is('(')) {
          depth++;
        } else if (token.is(')')) {
          depth--;
        }
      }
    }

    private Token peek() {
      return tokens.get(pos);
    }

    private static boolean startsConstraint(Token token) {
      return token.is("CONSTRAINT") || token.is("PRIMARY") || token.is("UNIQUE")
          || token.is("CHECK") || token.is("FOREIGN");
    }

    /** Constraint keywords that end the scope of a pending CONSTRAINT name. */
    private static boolean isOtherConstraint(Token token) {
      return token.is("UNIQUE") || token.is("CHECK") || token.is("NOT") || token.is("NULL")
          || token.is("DEFAULT") || token.is("COLLATE") || token.is("GENERATED") || token.is("AS");
    }
  }
}
