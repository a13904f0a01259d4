package dev.libsql4j.liquibase.validation;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Positions in a YAML (or JSON) changelog, from the marks of SnakeYAML's node tree. */
final class YamlPositions {

  private YamlPositions() {
  }

  static ChangeLogPositions read(String text) {
    ChangeLogPositions positions = new ChangeLogPositions();
    Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    Node log = value(root, "databaseChangeLog");
    if (!(log instanceof SequenceNode entries)) {
      return positions;
    }
    for (Node entry : entries.getValue()) {
      NodeTuple changeSet = tuple(entry, "changeSet");
      if (changeSet == null) {
        continue;
      }
      String id = scalar(value(changeSet.getValueNode(), "id"));
      String author = scalar(value(changeSet.getValueNode(), "author"));
      positions.addChangeSet(id, author, position(changeSet.getKeyNode().getStartMark()));
      if (value(changeSet.getValueNode(), "changes") instanceof SequenceNode changes) {
        for (Node change : changes.getValue()) {
          if (change instanceof MappingNode mapping && !mapping.getValue().isEmpty()) {
            positions.addChange(id, author, position(mapping.getValue().get(0).getKeyNode().getStartMark()));
          }
        }
      }
    }
    return positions;
  }

  private static Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1, mark.getIndex());
  }

  private static NodeTuple tuple(Node node, String key) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (key.equals(scalar(tuple.getKeyNode()))) {
          return tuple;
        }
      }
    }
    return null;
  }

  private static Node value(Node node, String key) {
    NodeTuple tuple = tuple(node, key);
    return tuple == null ? null : tuple.getValueNode();
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode scalar ? scalar.getValue() : null;
  }
}
