package dev.libsql4j.maven;

import dev.libsql4j.lint.Finding;
import dev.libsql4j.lint.FindingFormatter;
import dev.libsql4j.lint.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the results of a lint run: {@code report.txt} (the compiler-style lines) and
 * {@code TEST-libsql4j-lint.xml} in JUnit's XML format, one test case per checked file that fails
 * when the file has an error, so CI test reporters show the findings.
 */
final class LintReports {

  static final String TEXT = "report.txt";
  static final String JUNIT = "TEST-libsql4j-lint.xml";

  private LintReports() {
  }

  static void write(Path directory, Map<String, List<Finding>> results, String summary) throws IOException {
    Files.createDirectories(directory);
    List<String> lines = new ArrayList<>();
    results.values().forEach(findings -> findings.forEach(f -> lines.add(FindingFormatter.format(f))));
    lines.add(summary);
    Files.write(directory.resolve(TEXT), lines, StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(directory.resolve(JUNIT))) {
      writeJUnit(out, results);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + JUNIT, e);
    }
  }

  private static void writeJUnit(OutputStream out, Map<String, List<Finding>> results) throws XMLStreamException {
    long failed = results.values().stream().filter(LintReports::hasError).count();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "libsql4j-lint");
    xml.writeAttribute("tests", Integer.toString(results.size()));
    xml.writeAttribute("failures", Long.toString(failed));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    for (Map.Entry<String, List<Finding>> file : results.entrySet()) {
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", "libsql4j-lint");
      xml.writeAttribute("name", file.getKey());
      List<Finding> errors = file.getValue().stream().filter(f -> f.severity() == Severity.ERROR).toList();
      List<Finding> warnings = file.getValue().stream().filter(f -> f.severity() != Severity.ERROR).toList();
      if (!errors.isEmpty()) {
        xml.writeStartElement("failure");
        xml.writeAttribute("message", errors.size() + " error(s): " + errors.get(0).message());
        xml.writeAttribute("type", errors.get(0).ruleId());
        xml.writeCharacters(FindingFormatter.format(errors));
        xml.writeEndElement();
      }
      if (!warnings.isEmpty()) {
        xml.writeStartElement("system-out");
        xml.writeCharacters(FindingFormatter.format(warnings));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
  }

  private static boolean hasError(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
