package dev.libsql4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hibernate.model.Level;
import dev.libsql4j.hibernate.model.Sample;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each Java type looks like in the database (SQLite's {@code typeof} and {@code quote}), as
 * the module README documents it, written by a JVM whose default time zone is not UTC.
 */
class StorageFormatTest {

  private static final TimeZone JVM_ZONE = TimeZone.getDefault();

  private static SqldBackend sqld;
  private static SessionFactory orm;

  @BeforeAll
  static void start() {
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    sqld = SqldBackend.start();
    orm = Orm.model(sqld.dataSource(), Map.of());
  }

  @AfterAll
  static void stop() {
    try {
      orm.close();
      sqld.close();
    } finally {
      TimeZone.setDefault(JVM_ZONE);
    }
  }

  @Test
  void eachTypeHasOneDocumentedStorageFormat() throws SQLException {
    Sample sample = Sample.withTimesAndReference();
    sample.amount = new BigDecimal("12.30");
    sample.price = new BigDecimal("5.00");
    sample.level = Level.HIGH;
    sample.bytes = new byte[] {1, 2};
    sample.flag = true;
    sample.bigNumber = 42;
    sample.ratio = 0.5;
    sample.text = "it's";
    sample.attributes = Map.of("a", 1);
    orm.inTransaction(session -> session.persist(sample));

    Map<String, String> stored = storedValues();

    assertThat(stored).containsEntry("instant", "text '2024-02-29 23:59:59.123456789'")
        .containsEntry("offsetDateTime", "text '2024-06-01 03:00:15.500'")
        .containsEntry("localDateTime", "text '2024-12-31 23:59:59.999999'")
        .containsEntry("localDate", "text '1969-07-20'")
        .containsEntry("localTime", "text '23:59:58.999'")
        .containsEntry("reference", "blob X'0F8FAD5BD9CB469FA16570867728950E'")
        .containsEntry("amount", "real 12.3")
        .containsEntry("price", "integer 5")
        .containsEntry("level", "integer 2")
        .containsEntry("bytes", "blob X'0102'")
        .containsEntry("flag", "integer 1")
        .containsEntry("bigNumber", "integer 42")
        .containsEntry("ratio", "real 0.5")
        .containsEntry("text", "text 'it''s'")
        .containsEntry("attributes", "text '{\"a\":1}'");

    Sample loaded = orm.fromTransaction(session -> session.find(Sample.class, sample.id));
    assertThat(loaded.instant).isEqualTo(sample.instant);
    assertThat(loaded.offsetDateTime).isEqualTo(sample.offsetDateTime.withOffsetSameInstant(java.time.ZoneOffset.UTC));
    assertThat(loaded.localDateTime).isEqualTo(sample.localDateTime);
    assertThat(loaded.localTime).isEqualTo(sample.localTime);
    assertThat(loaded.localDate).isEqualTo(sample.localDate);
    assertThat(loaded.amount).hasToString("12.3000000000");
    assertThat(loaded.price).hasToString("5.00");
  }

  private static Map<String, String> storedValues() throws SQLException {
    Map<String, String> values = new LinkedHashMap<>();
    try (Connection connection = sqld.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet columns = statement.executeQuery("select name from pragma_table_info('Sample')")) {
      while (columns.next()) {
        String column = columns.getString(1);
        try (Statement query = connection.createStatement();
            ResultSet value = query.executeQuery("select typeof(" + column + ") || ' ' || quote(" + column + ") from Sample")) {
          value.next();
          values.put(column, value.getString(1));
        }
      }
    }
    return values;
  }
}
