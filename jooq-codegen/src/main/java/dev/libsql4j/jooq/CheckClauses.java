package dev.libsql4j.jooq;

import dev.libsql4j.lint.lexer.SqlLexer;
import dev.libsql4j.lint.lexer.Token;
import dev.libsql4j.lint.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * The CHECK constraints of a {@code CREATE TABLE} statement as SQLite stored it, read with
 * sql-lint's lexer. jOOQ's own reader interprets each table alone with its parser, so it loses the
 * checks of every table with a foreign key (the referenced table "does not exist") or a generated
 * column (a commercial-edition parser feature).
 */
final class CheckClauses {

  /** One constraint: its name ({@code ""} when unnamed) and its condition, as written. */
  record Check(String name, String condition) {
  }

  private CheckClauses() {
  }

  static List<Check> of(String createTable) {
    List<Token> tokens = SqlLexer.tokenize(createTable).stream()
        .filter(t -> t.type() != TokenType.COMMENT)
        .toList();
    List<Check> checks = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).isWord("CHECK") && tokens.get(i + 1).isSymbol("(")) {
        int close = closing(tokens, i + 1);
        String condition = createTable.substring(tokens.get(i + 1).end(), tokens.get(close).start()).trim();
        boolean named = i >= 2 && tokens.get(i - 2).isWord("CONSTRAINT");
        checks.add(new Check(named ? tokens.get(i - 1).identifier() : "", condition));
        i = close;
      }
    }
    return checks;
  }

  private static int closing(List<Token> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).isSymbol("(")) {
        depth++;
      } else if (tokens.get(i).isSymbol(")") && --depth == 0) {
        return i;
      }
    }
    // SQLite stored the statement, so its parentheses balance; this is only reached on a lexer bug.
    throw new IllegalStateException("Unbalanced CHECK clause at offset " + tokens.get(open).start());
  }
}
