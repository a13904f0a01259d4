package dev.libsql4j.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A schema that SQLite cannot hold, or a configuration that names none, stops the generation with a clear message. */
class SchemaErrorsTest {

  private static final Path OUT = Path.of("target", "codegen-tests", "errors");

  @Test
  void materializedViewFailsWithFileLineAndRule() {
    assertThatThrownBy(() -> Codegen.generate(OUT, Map.of("scripts", "src/test/resources/bad/materialized-view")))
        .isInstanceOf(SchemaLintException.class)
        .hasMessageContaining("src/test/resources/bad/materialized-view/V2__report.sql:3:1: error[materialized-view]:")
        .hasMessageContaining("SQLite has no materialized views")
        .hasMessageContaining("suggestion: use a plain CREATE VIEW");
  }

  @Test
  void unsupportedAltersAreAllListedBeforeAnythingRuns() {
    assertThatThrownBy(() -> Codegen.generate(OUT, Map.of("scripts", "src/test/resources/bad/alter")))
        .isInstanceOf(SchemaLintException.class)
        .hasMessageContaining("has 2 SQL error(s)")
        .hasMessageContaining("src/test/resources/bad/alter/V2__widen.sql:2:")
        .hasMessageContaining("error[alter-column-type]")
        .hasMessageContaining("src/test/resources/bad/alter/V2__widen.sql:3:")
        .hasMessageContaining("error[alter-add-constraint]")
        .satisfies(e -> assertThat(((SchemaLintException) e).findings()).hasSize(2));
  }

  @Test
  void lintCanBeSwitchedOffThenSqliteItselfRefusesTheStatement() {
    assertThatThrownBy(() -> Codegen.generate(OUT,
        Map.of("scripts", "src/test/resources/bad/materialized-view", "lint", "false")))
        .isInstanceOf(SchemaSourceException.class)
        .hasMessageContaining("V2__report.sql:3:1: SQLite refused the statement")
        .hasMessageContaining("near \"MATERIALIZED\": syntax error");
  }

  @Test
  void aStatementSqliteRefusesIsReportedAtItsPosition() {
    assertThatThrownBy(() -> Codegen.generate(OUT, Map.of("scripts", "src/test/resources/bad/refused")))
        .isInstanceOf(SchemaSourceException.class)
        .hasMessageContaining("src/test/resources/bad/refused/V1__index.sql:4:1: SQLite refused the statement")
        .hasMessageContaining("no such table: main.missing");
  }

  @Test
  void aTargetVersionOlderThanAFeatureIsALintError() {
    // The sample schema uses STRICT tables (3.37) and generated columns (3.31).
    assertThatThrownBy(() -> Codegen.generate(OUT, Map.of("scripts", ShopSchema.MIGRATIONS, "targetVersion", "3.30")))
        .isInstanceOf(SchemaLintException.class)
        .hasMessageContaining("V9__inventory.sql:5:3: error[strict-table]: STRICT tables need SQLite 3.37")
        .hasMessageContaining("V5__orders.sql:18:24: error[generated-column]");
  }

  @Test
  void noSchemaSourceIsAConfigurationError() {
    assertThatThrownBy(() -> Codegen.generate(OUT, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs exactly one schema source, found 0");
  }

  @Test
  void aMissingScriptsDirectoryIsNamed() {
    assertThatThrownBy(() -> Codegen.generate(OUT, Map.of("scripts", "src/test/resources/no-such-dir")))
        .hasMessageContaining("'scripts' location does not exist")
        .hasMessageContaining("no-such-dir");
  }

  @Test
  void aMistypedPropertyIsRefused() {
    assertThat(CodegenSettings.NAMES).contains("scripts");
    assertThatThrownBy(() -> Codegen.generate(OUT, Map.of("script", ShopSchema.MIGRATIONS)))
        .hasMessageContaining("Unknown LibSqlDatabase property 'script'");
  }
}
