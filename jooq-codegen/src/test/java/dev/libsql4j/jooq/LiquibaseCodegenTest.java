package dev.libsql4j.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changelogs written with Liquibase's own change types, and a changelog the lint refuses. */
class LiquibaseCodegenTest {

  private static final Path OUT = Path.of("target", "codegen-tests", "liquibase-native");

  @Test
  void liquibaseChangeTypesGenerateWhatLiquibaseCreatedOnSqlite() throws Exception {
    Codegen.generate(OUT, Map.of("changelog", "src/test/resources/liquibase-native/changelog.xml"));
    Map<String, String> files = Codegen.tree(OUT);

    assertThat(files).containsKeys("dev/libsql4j/jooq/shop/tables/Author.java", "dev/libsql4j/jooq/shop/tables/Book.java")
        .doesNotContainKeys("dev/libsql4j/jooq/shop/tables/Databasechangelog.java",
            "dev/libsql4j/jooq/shop/tables/Databasechangeloglock.java");
    String book = files.get("dev/libsql4j/jooq/shop/tables/Book.java");
    assertThat(book)
        .contains("ID = createField(DSL.name(\"id\"), SQLDataType.INTEGER.nullable(false).identity(true)")
        .contains("ISBN = createField(DSL.name(\"isbn\"), SQLDataType.CHAR(13)")
        // Liquibase's SQLite support writes DECIMAL(8, 2) as NUMERIC(10, 2): the code says what SQLite got.
        .contains("PRICE = createField(DSL.name(\"price\"), SQLDataType.NUMERIC(10, 2).defaultValue(DSL.field(DSL.raw(\"0\")");
    assertThat(files.get("dev/libsql4j/jooq/shop/Keys.java")).contains("DSL.name(\"book_author_fk\")");
    assertThat(files.get("dev/libsql4j/jooq/shop/Indexes.java")).contains("book_title_idx");
  }

  @Test
  void liquibaseTablesAreGeneratedWhenAskedFor() throws Exception {
    Codegen.generate(OUT, Map.of("changelog", "src/test/resources/liquibase-native/changelog.xml",
        "excludeLiquibaseTables", "false"));

    assertThat(Codegen.tree(OUT)).containsKey("dev/libsql4j/jooq/shop/tables/Databasechangelog.java");
  }

  @Test
  void aMaterializedViewInAChangelogFailsWithTheChangeSet() {
    assertThatThrownBy(() -> Codegen.generate(OUT, Map.of("changelog", "src/test/resources/bad/liquibase/changelog.xml")))
        .isInstanceOf(SchemaLintException.class)
        .hasMessageContaining("src/test/resources/bad/liquibase/changelog.xml[changeSet 2-report by shop]:1:1: "
            + "error[materialized-view]: SQLite has no materialized views");
  }

  @Test
  void aMaterializedViewInAnSqlFileOfAChangelogFailsWithThatFilesLine() {
    assertThatThrownBy(() -> Codegen.generate(OUT,
        Map.of("changelog", "src/test/resources/bad/liquibase-sqlfile/changelog.xml")))
        .isInstanceOf(SchemaLintException.class)
        .hasMessageContaining("src/test/resources/bad/liquibase-sqlfile/report.sql:3:1: error[materialized-view]");
  }
}
