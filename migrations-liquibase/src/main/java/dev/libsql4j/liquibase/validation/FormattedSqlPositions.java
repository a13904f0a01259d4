package dev.libsql4j.liquibase.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positions in a Liquibase formatted SQL changelog: each {@code --changeset author:id} line starts a
 * change set whose one change (the SQL) begins on the next line.
 */
final class FormattedSqlPositions {

  /** Liquibase's own pattern, simplified: author and id may be quoted. */
  private static final Pattern CHANGESET = Pattern.compile(
      "(?im)^[ \\t]*--[ \\t]*changeset[ \\t]+(\"[^\"]+\"|[^:\\s]+):(\"[^\"]+\"|\\S+)");

  private FormattedSqlPositions() {
  }

  static ChangeLogPositions read(String text) {
    ChangeLogPositions positions = new ChangeLogPositions();
    Matcher matcher = CHANGESET.matcher(text);
    while (matcher.find()) {
      String author = unquote(matcher.group(1));
      String id = unquote(matcher.group(2));
      Position changeSet = Position.at(text, matcher.start());
      positions.addChangeSet(id, author, changeSet);
      int next = text.indexOf('\n', matcher.end());
      positions.addChange(id, author, new Position(changeSet.line() + 1, 1, next < 0 ? text.length() : next + 1));
    }
    return positions;
  }

  private static String unquote(String text) {
    return text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
  }
}
