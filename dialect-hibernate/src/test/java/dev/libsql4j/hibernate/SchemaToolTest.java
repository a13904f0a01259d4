package dev.libsql4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hibernate.model.Address;
import dev.libsql4j.hibernate.model.Customer;
import dev.libsql4j.hibernate.model.OrderStatus;
import dev.libsql4j.hibernate.model.PurchaseOrder;
import dev.libsql4j.hibernate.schema.GadgetV1;
import dev.libsql4j.hibernate.schema.GadgetV2;
import dev.libsql4j.hibernate.schema.Maker;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ddl-auto} (create, create-drop, validate, update) on real sqld, checked in sqld's own catalog. */
class SchemaToolTest {

  private SqldBackend sqld;

  @BeforeEach
  void start() {
    sqld = SqldBackend.start();
  }

  @AfterEach
  void stop() {
    sqld.close();
  }

  @Test
  void createDeclaresForeignKeysThatSqldEnforces() throws SQLException {
    try (SessionFactory orm = Orm.model(sqld.dataSource(), Map.of("hibernate.hbm2ddl.auto", "create"))) {
      assertThat(rows("select \"table\" || '.' || \"from\" from pragma_foreign_key_list('PurchaseOrder')"))
          .containsExactly("Customer.customer_id");
      assertThat(rows("select \"table\" from pragma_foreign_key_list('order_tag') order by 1"))
          .containsExactly("PurchaseOrder", "Tag");
    }
  }

  @Test
  void createDropDropsEveryTableEvenWithReferencedRows() throws SQLException {
    SessionFactory orm = Orm.model(sqld.dataSource(), Map.of("hibernate.hbm2ddl.auto", "create-drop"));
    orm.inTransaction(session -> {
      Customer customer = new Customer("drop@example.com", "d", new Address("s", "c"));
      customer.addOrder(new PurchaseOrder(1, BigDecimal.ONE, OrderStatus.NEW, Instant.EPOCH));
      session.persist(customer);
    });
    assertThat(rows("select name from sqlite_schema where type = 'table' and name not like 'sqlite%'")).isNotEmpty();

    orm.close();

    // Hibernate keeps its helper tables for multi-table HQL inserts (HTE_*) unless told to drop them.
    assertThat(rows("select name from sqlite_schema where type = 'table' and name not like 'sqlite%' "
        + "and name not like 'HTE%'")).isEmpty();
    assertThat(rows("pragma foreign_keys")).as("foreign keys back on").containsExactly("1");
  }

  @Test
  void validateAcceptsTheSchemaThatCreateMade() {
    Orm.model(sqld.dataSource(), Map.of("hibernate.hbm2ddl.auto", "create")).close();

    Orm.model(sqld.dataSource(), Map.of("hibernate.hbm2ddl.auto", "validate")).close();
  }

  @Test
  void validateRejectsAMissingColumn() {
    Orm.sessionFactory(sqld.dataSource(), Map.of("hibernate.hbm2ddl.auto", "create"), List.of(GadgetV1.class)).close();

    assertThatThrownBy(() -> Orm.sessionFactory(sqld.dataSource(), Map.of("hibernate.hbm2ddl.auto", "validate"),
        List.of(GadgetV2.class, Maker.class)).close())
        .hasRootCauseInstanceOf(SchemaManagementException.class);
  }

  @Test
  void updateAddsTablesColumnsAndReferencesAndThenNothing() throws SQLException {
    try (SessionFactory v1 = Orm.sessionFactory(sqld.dataSource(), Map.of("hibernate.hbm2ddl.auto", "create"),
        List.of(GadgetV1.class))) {
      GadgetV1 gadget = new GadgetV1();
      gadget.name = "kept";
      v1.inTransaction(session -> session.persist(gadget));
    }

    Orm.sessionFactory(sqld.dataSource(), Map.of("hibernate.hbm2ddl.auto", "update"),
        List.of(GadgetV2.class, Maker.class)).close();
    String schemaAfterFirstUpdate = String.join("\n", rows("select sql from sqlite_schema order by name"));
    Orm.sessionFactory(sqld.dataSource(), Map.of("hibernate.hbm2ddl.auto", "update"),
        List.of(GadgetV2.class, Maker.class)).close();

    assertThat(rows("select name from pragma_table_info('gadget') order by cid")).containsExactly("id", "name", "color", "maker_id");
    assertThat(rows("select name from gadget")).containsExactly("kept");
    assertThat(rows("select name from sqlite_schema where name = 'Maker'")).containsExactly("Maker");
    assertThat(String.join("\n", rows("select sql from sqlite_schema order by name")))
        .as("a second update changes nothing").isEqualTo(schemaAfterFirstUpdate);
    Orm.sessionFactory(sqld.dataSource(), Map.of("hibernate.hbm2ddl.auto", "validate"),
        List.of(GadgetV2.class, Maker.class)).close();
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = sqld.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      while (resultSet.next()) {
        rows.add(resultSet.getString(1));
      }
    }
    return rows;
  }
}
