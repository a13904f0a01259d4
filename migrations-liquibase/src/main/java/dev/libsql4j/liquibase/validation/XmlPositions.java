package dev.libsql4j.liquibase.validation;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Positions in an XML changelog, read with a SAX {@link Locator}. SAX reports where a start tag
 * ends; the position reported is that of the tag's {@code <}, found back from there.
 */
final class XmlPositions extends DefaultHandler {

  /** Children of {@code <changeSet>} that are not changes. */
  private static final Set<String> NOT_CHANGES =
      Set.of("comment", "preConditions", "validCheckSum", "rollback", "modifySql");

  private final ChangeLogPositions positions = new ChangeLogPositions();
  private final String text;
  private Locator locator;
  private int depth;
  private int changeSetDepth = -1;
  private String id;
  private String author;

  private XmlPositions(String text) {
    this.text = text;
  }

  static ChangeLogPositions read(String text) {
    XmlPositions handler = new XmlPositions(text);
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.newSAXParser().parse(new InputSource(new StringReader(text)), handler);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("unreadable XML changelog", e);
    }
    return handler.positions;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    depth++;
    if ("changeSet".equals(localName)) {
      changeSetDepth = depth;
      id = attributes.getValue("id");
      author = attributes.getValue("author");
      positions.addChangeSet(id, author, startOf(qName));
    } else if (depth == changeSetDepth + 1 && !NOT_CHANGES.contains(localName)) {
      positions.addChange(id, author, startOf(qName));
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (depth == changeSetDepth) {
      changeSetDepth = -1;
    }
    depth--;
  }

  /** Where the start tag SAX just read begins: back from its end to the {@code <qName}. */
  private Position startOf(String qName) {
    int end = offsetOf(locator.getLineNumber(), locator.getColumnNumber());
    int start = text.lastIndexOf("<" + qName, Math.max(0, end - 1));
    if (start < 0) {
      return new Position(locator.getLineNumber(), locator.getColumnNumber(), end);
    }
    return Position.at(text, start);
  }

  private int offsetOf(int line, int column) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    return Math.min(text.length(), offset + Math.max(0, column - 1));
  }
}
