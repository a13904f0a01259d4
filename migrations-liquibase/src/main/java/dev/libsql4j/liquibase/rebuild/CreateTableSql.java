package dev.libsql4j.liquibase.rebuild;

import dev.libsql4j.lint.lexer.SqlLexer;
import dev.libsql4j.lint.lexer.Token;
import dev.libsql4j.lint.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code CREATE TABLE} text SQLite keeps in {@code sqlite_schema}, cut into its column
 * definitions and table constraints so that a change can edit one of them and leave every other
 * byte as it was: CHECK constraints, collations, generated columns, {@code AUTOINCREMENT},
 * {@code ON DELETE CASCADE}, {@code WITHOUT ROWID} and {@code STRICT} survive a rebuild because they
 * are never re-derived from SQLite's pragmas (which do not report most of them).
 *
 * <p>Instances are immutable; every edit returns a new definition.
 */
public final class CreateTableSql {

  private static final Set<String> TABLE_CONSTRAINT_STARTS =
      Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

  private final List<String> elements;
  private final String options;

  private CreateTableSql(List<String> elements, String options) {
    this.elements = List.copyOf(elements);
    this.options = options;
  }

  /**
   * Reads a {@code CREATE TABLE name (…) [options]} statement.
   *
   * @throws IllegalArgumentException for {@code CREATE TABLE … AS SELECT} or text without a column list
   */
  public static CreateTableSql parse(String sql) {
    List<Token> tokens = code(sql);
    int open = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isSymbol("(")) {
        open = i;
        break;
      }
      if (tokens.get(i).isWord("AS")) {
        break;
      }
    }
    if (open < 0) {
      throw new IllegalArgumentException("not a CREATE TABLE with a column list: " + sql);
    }
    List<String> elements = new ArrayList<>();
    int depth = 0;
    int elementStart = tokens.get(open).end();
    for (int i = open + 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isSymbol("(")) {
        depth++;
      } else if (token.isSymbol(")") && depth > 0) {
        depth--;
      } else if (depth == 0 && (token.isSymbol(",") || token.isSymbol(")"))) {
        elements.add(sql.substring(elementStart, token.start()).strip());
        elementStart = token.end();
        if (token.isSymbol(")")) {
          return new CreateTableSql(elements, sql.substring(token.end()).strip());
        }
      }
    }
    throw new IllegalArgumentException("unbalanced parentheses in CREATE TABLE: " + sql);
  }

  /** The statement that creates this definition under {@code tableName}. */
  public String toSql(String tableName) {
    return "CREATE TABLE " + Identifiers.quote(tableName) + " (\n  " + String.join(",\n  ", elements)
        + "\n)" + (options.isEmpty() ? "" : " " + options);
  }

  /** Names of the columns, in order. */
  public List<String> columnNames() {
    List<String> names = new ArrayList<>();
    for (String element : elements) {
      if (!isTableConstraint(element)) {
        names.add(code(element).get(0).identifier());
      }
    }
    return names;
  }

  /** True when a table constraint or a column definition declares a primary key. */
  public boolean hasPrimaryKey() {
    for (String element : elements) {
      List<Token> tokens = code(element);
      if (isTableConstraint(element) ? startsConstraint(tokens, "PRIMARY") : clauseIndex(tokens, "PRIMARY") >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True for a {@code STRICT} table, whose columns only take INT, INTEGER, REAL, TEXT, BLOB and ANY. */
  public boolean isStrict() {
    return code(options).stream().anyMatch(t -> t.isWord("STRICT"));
  }

  /**
   * True when the column is the table's {@code INTEGER PRIMARY KEY}, SQLite's alias of the rowid
   * (https://www.sqlite.org/lang_createtable.html#rowid): declared exactly INTEGER, the only key
   * column, in a table with a rowid.
   */
  public boolean isRowidAlias(String column) {
    if (code(options).stream().anyMatch(t -> t.isWord("ROWID"))) {
      return false;
    }
    List<Token> tokens = code(elements.get(columnIndex(column)));
    boolean integer = tokens.size() > 1 && tokens.get(1).isWord("INTEGER")
        && (tokens.size() == 2 || isClauseStart(tokens, 2));
    if (!integer) {
      return false;
    }
    if (clauseIndex(tokens, "PRIMARY") >= 0) {
      return true;
    }
    for (String element : elements) {
      List<Token> constraint = code(element);
      if (isTableConstraint(element) && startsConstraint(constraint, "PRIMARY")) {
        List<Token> keyColumns = constraint.stream().filter(Token::isIdentifier)
            .filter(t -> !t.isWord("CONSTRAINT") && !t.isWord("PRIMARY") && !t.isWord("KEY")).toList();
        int named = constraint.get(0).isWord("CONSTRAINT") ? 1 : 0;
        return keyColumns.size() == 1 + named && names(keyColumns.get(named), column);
      }
    }
    return false;
  }

  /** Adds a table constraint ({@code CONSTRAINT fk FOREIGN KEY …}) after the existing elements. */
  public CreateTableSql withTableConstraint(String constraint) {
    List<String> edited = new ArrayList<>(elements);
    edited.add(constraint);
    return new CreateTableSql(edited, options);
  }

  /** Adds a column definition after the last column (before the table constraints). */
  public CreateTableSql withColumn(String definition) {
    List<String> edited = new ArrayList<>(elements);
    int at = 0;
    while (at < edited.size() && !isTableConstraint(edited.get(at))) {
      at++;
    }
    edited.add(at, definition);
    return new CreateTableSql(edited, options);
  }

  /**
   * Removes a column; refuses when a table constraint names it, because the rebuilt table would then
   * be refused by SQLite or mean something else.
   */
  public CreateTableSql withoutColumn(String column) {
    int index = columnIndex(column);
    List<String> edited = new ArrayList<>(elements);
    edited.remove(index);
    for (String element : edited) {
      if (isTableConstraint(element) && code(element).stream().anyMatch(t -> names(t, column))) {
        throw new RebuildException("column " + column + " is used by the table constraint '" + element
            + "': drop that constraint first");
      }
    }
    return new CreateTableSql(edited, options);
  }

  /** Removes the named table or column constraint ({@code CONSTRAINT name …}). */
  public CreateTableSql withoutConstraint(String name) {
    List<String> edited = new ArrayList<>(elements);
    for (int i = 0; i < edited.size(); i++) {
      String element = edited.get(i);
      List<Token> tokens = code(element);
      if (isTableConstraint(element)) {
        if (tokens.size() > 1 && tokens.get(0).isWord("CONSTRAINT") && names(tokens.get(1), name)) {
          edited.remove(i);
          return new CreateTableSql(edited, options);
        }
      } else {
        for (int t = 1; t + 1 < tokens.size(); t++) {
          if (tokens.get(t).isWord("CONSTRAINT") && names(tokens.get(t + 1), name)) {
            edited.set(i, withoutClauseAt(element, tokens, t));
            return new CreateTableSql(edited, options);
          }
        }
      }
    }
    throw new RebuildException("no constraint named " + name + " in the table definition");
  }

  /** Removes the primary key, declared as a table constraint or on a column. */
  public CreateTableSql withoutPrimaryKey() {
    List<String> edited = new ArrayList<>(elements);
    for (int i = 0; i < edited.size(); i++) {
      String element = edited.get(i);
      List<Token> tokens = code(element);
      if (isTableConstraint(element)) {
        if (startsConstraint(tokens, "PRIMARY")) {
          edited.remove(i);
          return new CreateTableSql(edited, options);
        }
      } else {
        int clause = clauseIndex(tokens, "PRIMARY");
        if (clause >= 0) {
          edited.set(i, withoutClauseAt(element, tokens, clause));
          return new CreateTableSql(edited, options);
        }
      }
    }
    throw new RebuildException("the table has no primary key");
  }

  /** Adds or removes the column's {@code NOT NULL}. */
  public CreateTableSql withNotNull(String column, boolean notNull) {
    return editColumn(column, definition -> {
      String without = removeClause(definition, "NOT");
      return notNull ? without + " NOT NULL" : without;
    });
  }

  /** Replaces the column's {@code DEFAULT}; {@code null} removes it. */
  public CreateTableSql withDefault(String column, String defaultSql) {
    return editColumn(column, definition -> {
      String without = removeClause(definition, "DEFAULT");
      return defaultSql == null ? without : without + " DEFAULT " + defaultSql;
    });
  }

  /** Replaces the column's declared type, keeping its constraints. */
  public CreateTableSql withType(String column, String type) {
    return editColumn(column, definition -> {
      List<Token> tokens = code(definition);
      int firstClause = tokens.size();
      for (int t = 1; t < tokens.size(); t++) {
        if (isClauseStart(tokens, t)) {
          firstClause = t;
          break;
        }
      }
      String rest = firstClause < tokens.size() ? definition.substring(tokens.get(firstClause).start()) : "";
      return (tokens.get(0).text() + " " + type + " " + rest).strip();
    });
  }

  private CreateTableSql editColumn(String column, java.util.function.UnaryOperator<String> edit) {
    int index = columnIndex(column);
    List<String> edited = new ArrayList<>(elements);
    edited.set(index, edit.apply(edited.get(index)));
    return new CreateTableSql(edited, options);
  }

  private int columnIndex(String column) {
    for (int i = 0; i < elements.size(); i++) {
      String element = elements.get(i);
      if (!isTableConstraint(element) && names(code(element).get(0), column)) {
        return i;
      }
    }
    throw new RebuildException("no column named " + column + " in the table definition");
  }

  private static String removeClause(String definition, String keyword) {
    List<Token> tokens = code(definition);
    int clause = clauseIndex(tokens, keyword);
    return clause < 0 ? definition : withoutClauseAt(definition, tokens, clause);
  }

  /** Removes the column constraint starting at token {@code at} (with its CONSTRAINT name). */
  private static String withoutClauseAt(String definition, List<Token> tokens, int at) {
    int start = at;
    if (!tokens.get(at).isWord("CONSTRAINT") && at >= 2 && tokens.get(at - 2).isWord("CONSTRAINT")) {
      start = at - 2;
    }
    int end = tokens.size();
    for (int t = at + (tokens.get(at).isWord("CONSTRAINT") ? 3 : 1); t < tokens.size(); t++) {
      if (isClauseStart(tokens, t)) {
        end = t;
        break;
      }
    }
    String before = definition.substring(0, tokens.get(start).start()).stripTrailing();
    String after = end < tokens.size() ? definition.substring(tokens.get(end).start()) : "";
    return after.isEmpty() ? before : before + " " + after;
  }

  /** The index of the column constraint starting with {@code keyword} (after any CONSTRAINT name). */
  private static int clauseIndex(List<Token> tokens, String keyword) {
    for (int t = 1; t < tokens.size(); t++) {
      if (tokens.get(t).isWord(keyword) && isClauseStart(tokens, t)) {
        return t;
      }
    }
    return -1;
  }

  /**
   * True when token {@code t} of a column definition starts a column constraint at paren depth 0.
   * {@code SET NULL}/{@code SET DEFAULT} and {@code NOT DEFERRABLE} belong to a REFERENCES clause.
   */
  private static boolean isClauseStart(List<Token> tokens, int t) {
    int depth = 0;
    for (int i = 0; i < t; i++) {
      if (tokens.get(i).isSymbol("(")) {
        depth++;
      } else if (tokens.get(i).isSymbol(")")) {
        depth--;
      }
    }
    if (depth != 0) {
      return false;
    }
    Token token = tokens.get(t);
    if (token.type() != TokenType.WORD) {
      return false;
    }
    String word = token.text().toUpperCase(Locale.ROOT);
    boolean afterSet = tokens.get(t - 1).isWord("SET");
    boolean afterConstraint = t >= 2 && tokens.get(t - 2).isWord("CONSTRAINT");
    return switch (word) {
      case "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "COLLATE", "REFERENCES", "GENERATED" -> !afterConstraint;
      case "DEFAULT", "NULL" -> !afterSet && !afterConstraint && !tokens.get(t - 1).isWord("NOT");
      case "NOT" -> t + 1 < tokens.size() && tokens.get(t + 1).isWord("NULL") && !afterConstraint;
      case "AS" -> t + 1 < tokens.size() && tokens.get(t + 1).isSymbol("(");
      default -> false;
    };
  }

  private static boolean startsConstraint(List<Token> tokens, String keyword) {
    int first = tokens.get(0).isWord("CONSTRAINT") ? 2 : 0;
    return tokens.size() > first && tokens.get(first).isWord(keyword);
  }

  private static boolean isTableConstraint(String element) {
    Token first = code(element).get(0);
    return first.type() == TokenType.WORD && TABLE_CONSTRAINT_STARTS.contains(first.text().toUpperCase(Locale.ROOT));
  }

  private static boolean names(Token token, String name) {
    return token.isIdentifier() && token.identifier().equalsIgnoreCase(name);
  }

  /** The tokens that are code (no comments). */
  static List<Token> code(String sql) {
    return SqlLexer.tokenize(sql).stream().filter(t -> t.type() != TokenType.COMMENT).toList();
  }

  /** True when {@code sql} names {@code identifier} anywhere as an identifier token. */
  static boolean mentions(String sql, String identifier) {
    return code(sql).stream().anyMatch(t -> names(t, identifier));
  }
}
