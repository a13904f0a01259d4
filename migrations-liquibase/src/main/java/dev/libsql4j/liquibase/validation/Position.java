package dev.libsql4j.liquibase.validation;

/**
 * A place in a changelog file.
 *
 * @param line   1-based line
 * @param column 1-based column
 * @param offset 0-based character offset into the file, where the search for a change's SQL text starts
 */
public record Position(int line, int column, int offset) {

  /** The position of {@code offset} in {@code text}. */
  static Position at(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1, offset);
  }
}
