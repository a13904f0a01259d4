package dev.libsql4j.liquibase.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each change set, and each change inside it, starts in one changelog file. Liquibase's parsed
 * model knows the file of a change set but not the line, so the file is read once more by the parser
 * of its format ({@link XmlPositions}, {@link YamlPositions}, {@link FormattedSqlPositions}).
 */
public final class ChangeLogPositions {

  private final Map<String, Position> changeSets = new HashMap<>();
  private final Map<String, List<Position>> changes = new HashMap<>();

  ChangeLogPositions() {
  }

  /**
   * Reads the positions of {@code text}, by the file name's extension: {@code .xml}, {@code .yaml}/
   * {@code .yml}/{@code .json}, {@code .sql} (Liquibase formatted SQL). Other files have none.
   */
  public static ChangeLogPositions read(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".xml")) {
        return XmlPositions.read(text);
      }
      if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
        return YamlPositions.read(text);
      }
      if (name.endsWith(".sql")) {
        return FormattedSqlPositions.read(text);
      }
    } catch (RuntimeException e) {
      // Liquibase has parsed the file already; positions are a help, never a reason to fail.
    }
    return new ChangeLogPositions();
  }

  void addChangeSet(String id, String author, Position position) {
    changeSets.putIfAbsent(key(id, author), position);
    changes.putIfAbsent(key(id, author), new ArrayList<>());
  }

  void addChange(String id, String author, Position position) {
    changes.computeIfAbsent(key(id, author), k -> new ArrayList<>()).add(position);
  }

  /** Where the change set starts, or null when the file's format gives no positions. */
  public Position changeSet(String id, String author) {
    return changeSets.get(key(id, author));
  }

  /** Where the {@code index}-th change of the change set starts; the change set's position when unknown. */
  public Position change(String id, String author, int index) {
    List<Position> list = changes.get(key(id, author));
    return list != null && index < list.size() ? list.get(index) : changeSet(id, author);
  }

  private static String key(String id, String author) {
    return id + "\u0000" + author;
  }
}
