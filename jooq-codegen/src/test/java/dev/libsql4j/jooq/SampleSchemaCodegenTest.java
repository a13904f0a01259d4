package dev.libsql4j.jooq;

import static dev.libsql4j.jooq.shop.Tables.CUSTOMER;
import static dev.libsql4j.jooq.shop.Tables.CUSTOMER_ORDER;
import static dev.libsql4j.jooq.shop.Tables.ORDER_ITEM;
import static dev.libsql4j.jooq.shop.Tables.PRODUCT;
import static dev.libsql4j.jooq.shop.Tables.PRODUCT_SALES;
import static dev.libsql4j.jooq.shop.Tables.PRODUCT_TAG;
import static dev.libsql4j.jooq.shop.Tables.REVIEW;
import static dev.libsql4j.jooq.shop.Tables.STOCK_MOVEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.jooq.shop.DefaultSchema;
import dev.libsql4j.testing.SqldExtension;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.jooq.Check;
import org.jooq.TableOptions.TableType;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sample schema generates the same code three ways: from its migrations by jooq-codegen-maven
 * in this build (compiled with the tests, which use it), from a live sqld it was loaded into, and
 * from a Liquibase changelog; and that code is what SQLite stores.
 */
class SampleSchemaCodegenTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  private static final Path FROM_LIVE = Path.of("target", "codegen-tests", "live");
  private static final Path FROM_CHANGELOG = Path.of("target", "codegen-tests", "changelog");

  @BeforeAll
  static void generate() throws Exception {
    try (LibSqlDataSource dataSource = new LibSqlDataSource(url())) {
      dataSource.setAuthToken(token());
      ShopSchema.load(dataSource);
    }
    Codegen.generate(FROM_LIVE, Map.of("url", url(), "authToken", token()));
    Codegen.generate(FROM_CHANGELOG, Map.of("changelog", ShopSchema.CHANGELOG));
  }

  private static String url() {
    return "jdbc:libsql:" + SQLD.node().httpUrl();
  }

  private static String token() {
    return SQLD.jwt().fullAccessToken();
  }

  @Test
  void liveDatabaseGeneratesTheSameFilesAsTheMigrations() {
    Map<String, String> build = Codegen.tree(Codegen.BUILD_GENERATED);
    assertThat(build).hasSizeGreaterThan(30);
    assertThat(Codegen.tree(FROM_LIVE)).isEqualTo(build);
  }

  @Test
  void liquibaseChangelogGeneratesTheSameFilesAsTheMigrations() {
    // Equal trees also prove that DATABASECHANGELOG and DATABASECHANGELOGLOCK were left out.
    assertThat(Codegen.tree(FROM_CHANGELOG)).isEqualTo(Codegen.tree(Codegen.BUILD_GENERATED));
  }

  @Test
  void generatedCodeHoldsNeitherTheUrlNorTheToken() {
    String hostAndPort = SQLD.node().httpUrl().getAuthority();
    Codegen.tree(FROM_LIVE).forEach((file, content) -> {
      assertThat(content).as(file).doesNotContain(token()).doesNotContain(hostAndPort).doesNotContain("jdbc:libsql");
    });
  }

  @Test
  void theLiveSchemaIsLintedAgainstTheTargetVersion() {
    Path out = Path.of("target", "codegen-tests", "live-lint");
    assertThatThrownBy(() -> Codegen.generate(out, Map.of("url", url(), "authToken", token(), "targetVersion", "3.36")))
        .isInstanceOf(SchemaLintException.class)
        .hasMessageContaining("sqlite_schema[warehouse]:5:3: error[strict-table]: STRICT tables need SQLite 3.37")
        .hasMessageNotContaining(token());
  }

  @Test
  void aRefusedTokenIsAClearErrorWithoutTheToken() {
    Path out = Path.of("target", "codegen-tests", "live-denied");
    String wrong = SQLD.jwt().expiredToken();
    assertThatThrownBy(() -> Codegen.generate(out, Map.of("url", url(), "authToken", wrong)))
        .isInstanceOf(SchemaSourceException.class)
        .hasMessageStartingWith("Cannot read the schema of the libSQL database:")
        .hasMessageContaining("The JWT has expired")
        .hasMessageNotContaining(wrong)
        .cause().isInstanceOf(java.sql.SQLInvalidAuthorizationSpecException.class);
  }

  @Test
  void everyTableAndTheViewAreGenerated() {
    assertThat(DefaultSchema.DEFAULT_SCHEMA.getTables()).hasSize(16); // 15 tables and a view
    assertThat(PRODUCT_SALES.getTableType()).isEqualTo(TableType.VIEW);
    assertThat(CUSTOMER.getTableType()).isEqualTo(TableType.TABLE);
  }

  @Test
  void rowidAliasesAreIdentitiesAndOtherKeysAreNot() {
    assertThat(CUSTOMER.getIdentity().getField()).isEqualTo(CUSTOMER.ID);              // INTEGER PRIMARY KEY
    assertThat(STOCK_MOVEMENT.getIdentity().getField()).isEqualTo(STOCK_MOVEMENT.ID);  // in a STRICT table
    assertThat(PRODUCT_TAG.getIdentity()).isNull();                                     // WITHOUT ROWID
    assertThat(ORDER_ITEM.getIdentity()).isNull();                                      // composite key
  }

  @Test
  void declaredTypesMapAsJooqMapsSqlite() {
    assertThat(CUSTOMER.EXTERNAL_ID.getType()).isEqualTo(UUID.class);
    assertThat(CUSTOMER.IS_ACTIVE.getType()).isEqualTo(Boolean.class);
    assertThat(CUSTOMER.BIRTH_DATE.getType()).isEqualTo(LocalDate.class);
    assertThat(CUSTOMER.CREATED_AT.getType()).isEqualTo(LocalDateTime.class);
    assertThat(PRODUCT.PRICE.getDataType().getSQLDataType()).isEqualTo(SQLDataType.NUMERIC); // DECIMAL(10, 2) reads as NUMERIC
    assertThat(PRODUCT.PRICE.getType()).isEqualTo(BigDecimal.class);
    assertThat(PRODUCT.PRICE.getDataType().precision()).isEqualTo(10);
    assertThat(PRODUCT.PRICE.getDataType().scale()).isEqualTo(2);
    assertThat(PRODUCT.STOCK.getType()).isEqualTo(Long.class);
    assertThat(PRODUCT.WEIGHT_GRAMS.getType()).isEqualTo(Short.class);
    assertThat(PRODUCT.THUMBNAIL.getType()).isEqualTo(byte[].class);
    assertThat(REVIEW.STARS.getType()).isEqualTo(Byte.class);
    assertThat(REVIEW.HELPFUL.getType()).isEqualTo(Float.class);
    assertThat(CUSTOMER.EMAIL.getDataType().length()).isEqualTo(255);
    assertThat(CUSTOMER.EMAIL.getDataType().nullable()).isFalse();
    assertThat(CUSTOMER.LOYALTY_POINTS.getDataType().defaulted()).isTrue();
  }

  @Test
  void keysIndexesAndChecksAreGenerated() {
    assertThat(ORDER_ITEM.getPrimaryKey().getFields()).containsExactly(ORDER_ITEM.ORDER_ID, ORDER_ITEM.LINE_NO);
    assertThat(REVIEW.getUniqueKeys()).anySatisfy(key ->
        assertThat(key.getFields()).containsExactly(REVIEW.PRODUCT_ID, REVIEW.CUSTOMER_ID));
    assertThat(ORDER_ITEM.getReferences()).extracting(fk -> fk.getKey().getTable().getName())
        .containsExactlyInAnyOrder(CUSTOMER_ORDER.getName(), PRODUCT.getName());
    assertThat(CUSTOMER_ORDER.getIndexes()).extracting(index -> index.getName())
        .containsExactly("customer_order_customer_idx");
    assertThat(CUSTOMER_ORDER.getChecks()).extracting(Check::condition).extracting(Object::toString)
        .containsExactly("(status IN ('new', 'paid', 'shipped', 'cancelled'))");
    // jOOQ's own reader drops these: the tables have foreign keys, order_item a generated column.
    assertThat(ORDER_ITEM.getChecks()).hasSize(1);
    assertThat(STOCK_MOVEMENT.getChecks()).hasSize(1);
  }
}
