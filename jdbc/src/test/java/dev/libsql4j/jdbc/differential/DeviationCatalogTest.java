package dev.libsql4j.jdbc.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The deviations the tests assert are exactly the rows of docs/jdbc-compatibility.md. */
class DeviationCatalogTest {

  private static final Pattern ROW_NAME = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|");

  @Test
  void everyDocumentedDeviationIsAConstantAndEveryConstantIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "jdbc-compatibility.md"));
    Matcher rows = ROW_NAME.matcher(doc);
    List<String> documented = new ArrayList<>();
    while (rows.find()) {
      documented.add(rows.group(1));
    }
    assertThat(documented).containsExactlyElementsOf(
        Arrays.stream(Deviation.values()).map(Enum::name).toList());
  }
}
