package dev.libsql4j.jooq;

import static dev.libsql4j.jooq.shop.Tables.CATEGORY;
import static dev.libsql4j.jooq.shop.Tables.CUSTOMER;
import static dev.libsql4j.jooq.shop.Tables.CUSTOMER_ORDER;
import static dev.libsql4j.jooq.shop.Tables.EVENT_LOG;
import static dev.libsql4j.jooq.shop.Tables.ORDER_ITEM;
import static dev.libsql4j.jooq.shop.Tables.PRODUCT;
import static dev.libsql4j.jooq.shop.Tables.PRODUCT_SALES;
import static dev.libsql4j.jooq.shop.Tables.TAG;
import static dev.libsql4j.jooq.shop.Tables.WAREHOUSE;
import static dev.libsql4j.jooq.shop.Tables.STOCK_MOVEMENT;
import static dev.libsql4j.jooq.shop.Tables.SHIPMENT;
import static dev.libsql4j.jooq.shop.Tables.PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.sum;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.jooq.shop.tables.records.CustomerRecord;
import dev.libsql4j.jooq.shop.tables.records.EventLogRecord;
import dev.libsql4j.jooq.shop.tables.records.PaymentRecord;
import dev.libsql4j.jooq.shop.tables.records.ProductRecord;
import dev.libsql4j.jooq.shop.tables.records.ShipmentRecord;
import dev.libsql4j.jooq.shop.tables.records.StockMovementRecord;
import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldExtension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Typed queries of the generated code on real sqld, through {@link LibSqlJooq}, with the HTTP
 * requests of each operation counted by a proxy.
 */
class JooqOnSqldTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  private static CountingProxy proxy;
  private static LibSqlDataSource dataSource;
  private static DSLContext db;

  @BeforeAll
  static void schemaAndData() throws Exception {
    proxy = CountingProxy.start(SQLD.node().httpUrl());
    dataSource = new LibSqlDataSource("jdbc:libsql:" + proxy.url());
    ShopSchema.load(dataSource);
    db = LibSqlJooq.using(dataSource);
    seed();
  }

  @AfterAll
  static void close() {
    dataSource.close();
    proxy.close();
  }

  @BeforeEach
  void resetCount() {
    proxy.reset();
  }

  private static void seed() {
    db.insertInto(CATEGORY, CATEGORY.ID, CATEGORY.PARENT_ID, CATEGORY.NAME, CATEGORY.SLUG)
        .values(1, null, "Books", "books").values(2, 1, "Databases", "databases").values(3, null, "Games", "games")
        .execute();
    db.insertInto(PRODUCT, PRODUCT.ID, PRODUCT.SKU, PRODUCT.CATEGORY_ID, PRODUCT.NAME, PRODUCT.PRICE)
        .values(1, "BOOK-SQLITE1", 2, "SQLite Internals", new BigDecimal("39.90"))
        .values(2, "BOOK-JOOQ001", 2, "jOOQ in Action", new BigDecimal("45.00"))
        .values(3, "BOOK-NOVEL01", 1, "A Novel", new BigDecimal("12.50"))
        .values(4, "GAME-CHESS01", 3, "Chess", new BigDecimal("25.00"))
        .values(5, "GAME-GO00001", 3, "Go", new BigDecimal("30.00"))
        .execute();
    db.insertInto(CUSTOMER, CUSTOMER.ID, CUSTOMER.EXTERNAL_ID, CUSTOMER.EMAIL, CUSTOMER.FULL_NAME)
        .values(1, UUID.randomUUID(), "ada@example.com", "Ada")
        .values(2, UUID.randomUUID(), "bob@example.com", "Bob")
        .execute();
    db.insertInto(CUSTOMER_ORDER, CUSTOMER_ORDER.ID, CUSTOMER_ORDER.CUSTOMER_ID, CUSTOMER_ORDER.STATUS)
        .values(1, 1, "paid").values(2, 1, "new").values(3, 2, "shipped")
        .execute();
    db.insertInto(ORDER_ITEM, ORDER_ITEM.ORDER_ID, ORDER_ITEM.LINE_NO, ORDER_ITEM.PRODUCT_ID, ORDER_ITEM.QUANTITY,
            ORDER_ITEM.UNIT_PRICE)
        .values(1, 1, 1, 2, new BigDecimal("39.90"))
        .values(1, 2, 4, 1, new BigDecimal("25.00"))
        .values(2, 1, 2, 1, new BigDecimal("45.00"))
        .values(3, 1, 1, 1, new BigDecimal("39.90"))
        .values(3, 2, 5, 3, new BigDecimal("30.00"))
        .execute();
  }

  @Test
  void insertReturningIsOneRequestAndReadsTheDefaults() {
    CustomerRecord customer = insertCustomerReturning(db, "returning@example.com");

    assertThat(proxy.requests()).isEqualTo(1);
    assertThat(customer.getId()).isPositive();
    assertThat(customer.getIsActive()).isTrue();
    assertThat(customer.getLoyaltyPoints()).isZero();
    assertThat(customer.getCreatedAt()).isNotNull();
  }

  @Test
  void storingANewRecordIsOneRequestAndFillsItsIdentity() {
    CustomerRecord customer = db.newRecord(CUSTOMER);
    customer.setExternalId(UUID.randomUUID());
    customer.setEmail("store@example.com");
    customer.setFullName("Store");
    customer.setBirthDate(LocalDate.of(1990, 5, 17));

    customer.store();

    assertThat(proxy.requests()).isEqualTo(1);
    assertThat(customer.getId()).isPositive();
    assertThat(customer.getCreatedAt()).isNotNull();
    assertThat(db.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(customer.getId())).fetchOne().getBirthDate())
        .isEqualTo(LocalDate.of(1990, 5, 17));
  }

  @Test
  void everyDeclaredTypeRoundTripsThroughTheGeneratedRecords() {
    byte[] bytes = {0, 1, 2, (byte) 0xff};
    PaymentRecord payment = db.newRecord(PAYMENT);
    payment.setOrderId(1);
    payment.setAmount(new BigDecimal("1234.56"));
    payment.setPaidAt(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
    payment.setProviderRef("psp-1");
    payment.setRawResponse(bytes);
    payment.setMetadata(JSON.valueOf("{\"attempts\":2}"));
    payment.store();
    ShipmentRecord shipment = db.newRecord(SHIPMENT);
    shipment.setOrderId(1);
    shipment.setCarrier("DHL");
    shipment.setPickupTime(LocalTime.of(9, 30));
    shipment.setDeliveredOn(LocalDate.of(2026, 1, 5));
    shipment.store();
    db.insertInto(WAREHOUSE, WAREHOUSE.ID, WAREHOUSE.CODE, WAREHOUSE.NAME).values(1, "W1", "Main").execute();  // STRICT
    StockMovementRecord movement = db.newRecord(STOCK_MOVEMENT);
    movement.setProductId(1);
    movement.setWarehouseId(1);
    movement.setDelta(-3);
    movement.setReason("sale");
    movement.setUnitCost(2.5f);
    movement.setMovedAt("2026-01-02T03:04:05Z");
    movement.setLabel(bytes);
    movement.setExtra(42L);
    movement.store();

    PaymentRecord p = db.selectFrom(PAYMENT).where(PAYMENT.ID.eq(payment.getId())).fetchOne();
    assertThat(p.getAmount()).isEqualByComparingTo("1234.56");
    assertThat(p.getCurrency()).isEqualTo("EUR");
    assertThat(p.getPaidAt()).isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
    assertThat(p.getRawResponse()).isEqualTo(bytes);
    assertThat(p.getMetadata().data()).isEqualTo("{\"attempts\":2}");
    ShipmentRecord s = db.selectFrom(SHIPMENT).where(SHIPMENT.ID.eq(shipment.getId())).fetchOne();
    assertThat(s.getPickupTime()).isEqualTo(LocalTime.of(9, 30));
    assertThat(s.getDeliveredOn()).isEqualTo(LocalDate.of(2026, 1, 5));
    StockMovementRecord m = db.selectFrom(STOCK_MOVEMENT).where(STOCK_MOVEMENT.ID.eq(movement.getId())).fetchOne();
    assertThat(m.getUnitCost()).isEqualTo(2.5f);
    assertThat(m.getLabel()).isEqualTo(bytes);
    assertThat(m.getExtra()).isEqualTo(42);   // ANY keeps the integer; getObject gives an Integer, as sqlite-jdbc
  }

  @Test
  void aStrictTableRefusesAValueOfTheWrongType() {
    db.insertInto(WAREHOUSE, WAREHOUSE.ID, WAREHOUSE.CODE, WAREHOUSE.NAME).values(2, "W2", "Second").execute();

    assertThatThrownBy(() -> db.insertInto(STOCK_MOVEMENT)
        .set(STOCK_MOVEMENT.PRODUCT_ID, 1)
        .set(STOCK_MOVEMENT.WAREHOUSE_ID, 2)
        .set(STOCK_MOVEMENT.DELTA, DSL.field("'many'", SQLDataType.INTEGER))
        .set(STOCK_MOVEMENT.REASON, "typo")
        .set(STOCK_MOVEMENT.MOVED_AT, "2026-01-01")
        .execute())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("cannot store TEXT value in INTEGER column stock_movement.delta");
  }

  @Test
  void aThousandRecordBatchInsertIsOneRequest() {
    List<EventLogRecord> events = IntStream.rangeClosed(1, 1000)
        .mapToObj(i -> new EventLogRecord(null, "batch", "event " + i, BigDecimal.valueOf(i, 2), (long) i))
        .toList();

    int[] counts = db.batchInsert(events).execute();

    assertThat(proxy.requests()).as("%s", proxy).isEqualTo(1);
    assertThat(counts).hasSize(1000).containsOnly(1);
    assertThat(db.fetchCount(EVENT_LOG, EVENT_LOG.KIND.eq("batch"))).isEqualTo(1000);
  }

  @Test
  void aBatchOfDifferentStatementsIsOneRequest() {
    db.batch(
        db.insertInto(TAG, TAG.ID, TAG.LABEL).values(100, "classic"),
        db.insertInto(TAG, TAG.ID, TAG.LABEL).values(101, "new"),
        db.update(TAG).set(TAG.LABEL, "bestseller").where(TAG.ID.eq(101)),
        db.deleteFrom(TAG).where(TAG.ID.eq(100))).execute();

    assertThat(proxy.requests()).isEqualTo(1);
    assertThat(db.select(TAG.LABEL).from(TAG).where(TAG.ID.in(100, 101)).fetch(TAG.LABEL))
        .containsExactly("bestseller");
  }

  @Test
  void aFailingBatchIsAConstraintErrorAndAppliesNothing() {
    assertThatThrownBy(() -> db.batch(
        db.insertInto(TAG, TAG.ID, TAG.LABEL).values(200, "kept?"),
        db.insertInto(TAG, TAG.ID, TAG.LABEL).values(201, "kept?")).execute())
        .isInstanceOf(IntegrityConstraintViolationException.class);
    assertThat(db.fetchCount(TAG, TAG.ID.in(200, 201))).isZero();
  }

  @Test
  void aTransactionOfTwoStatementsTakesThreeRequests() {
    db.transaction(configuration -> {
      DSLContext tx = configuration.dsl();
      tx.insertInto(TAG, TAG.ID, TAG.LABEL).values(400, "tx-a").execute();
      tx.update(TAG).set(TAG.LABEL, "tx-b").where(TAG.ID.eq(400)).execute();
    });

    assertThat(proxy.requests()).isEqualTo(3);   // BEGIN with the first statement, the second, COMMIT
    assertThat(db.select(TAG.LABEL).from(TAG).where(TAG.ID.eq(400)).fetchOne(TAG.LABEL)).isEqualTo("tx-b");
  }

  @Test
  void joinsAndAggregates() {
    Result<Record3<String, Integer, BigDecimal>> revenue = db
        .select(CUSTOMER.FULL_NAME, count(CUSTOMER_ORDER.ID), sum(ORDER_ITEM.QUANTITY.mul(ORDER_ITEM.UNIT_PRICE)))
        .from(CUSTOMER)
        .join(CUSTOMER_ORDER).on(CUSTOMER_ORDER.CUSTOMER_ID.eq(CUSTOMER.ID))
        .join(ORDER_ITEM).on(ORDER_ITEM.ORDER_ID.eq(CUSTOMER_ORDER.ID))
        .where(CUSTOMER_ORDER.STATUS.ne("cancelled"))
        .groupBy(CUSTOMER.FULL_NAME)
        .orderBy(CUSTOMER.FULL_NAME)
        .fetch();

    assertThat(revenue).hasSize(2);
    assertThat(revenue.get(0).value1()).isEqualTo("Ada");
    assertThat(revenue.get(0).value2()).isEqualTo(3);
    assertThat(revenue.get(0).value3()).isEqualByComparingTo("149.80");   // 2 × 39.90 + 25.00 + 45.00
    assertThat(revenue.get(1).value3()).isEqualByComparingTo("129.90");   // 39.90 + 3 × 30.00
    assertThat(proxy.requests()).isEqualTo(1);
  }

  @Test
  void implicitJoinThroughAForeignKey() {
    List<String> categories = db.select(ORDER_ITEM.product().category().NAME)
        .from(ORDER_ITEM)
        .where(ORDER_ITEM.ORDER_ID.eq(1))
        .orderBy(ORDER_ITEM.LINE_NO)
        .fetch(ORDER_ITEM.product().category().NAME);

    assertThat(categories).containsExactly("Databases", "Games");
  }

  @Test
  void windowFunctions() {
    var priceRank = rank().over().partitionBy(PRODUCT.CATEGORY_ID).orderBy(PRODUCT.PRICE.desc());
    Result<Record2<String, Integer>> ranked = db.select(PRODUCT.NAME, priceRank)
        .from(PRODUCT)
        .where(PRODUCT.CATEGORY_ID.eq(3))
        .orderBy(priceRank)
        .fetch();

    assertThat(ranked.getValues(PRODUCT.NAME)).containsExactly("Go", "Chess");
    assertThat(ranked.getValues(priceRank)).containsExactly(1, 2);
  }

  @Test
  void upsertUpdatesTheRowWithTheSameUniqueKey() {
    ProductRecord upserted = db.insertInto(PRODUCT, PRODUCT.SKU, PRODUCT.CATEGORY_ID, PRODUCT.NAME, PRODUCT.PRICE)
        .values("GAME-CHESS01", 3, "Chess (2nd edition)", new BigDecimal("27.00"))
        .onConflict(PRODUCT.SKU)
        .doUpdate()
        .set(PRODUCT.NAME, excluded(PRODUCT.NAME))
        .set(PRODUCT.PRICE, excluded(PRODUCT.PRICE))
        .returning()
        .fetchOne();

    assertThat(proxy.requests()).isEqualTo(1);
    assertThat(upserted.getId()).isEqualTo(4);
    assertThat(upserted.getPrice()).isEqualByComparingTo("27.00");
    assertThat(db.fetchCount(PRODUCT, PRODUCT.SKU.eq("GAME-CHESS01"))).isEqualTo(1);
  }

  @Test
  void updateAndDeleteReturning() {
    db.insertInto(TAG, TAG.ID, TAG.LABEL).values(300, "temp").execute();
    proxy.reset();

    String updated = db.update(TAG).set(TAG.LABEL, "temporary").where(TAG.ID.eq(300))
        .returning(TAG.LABEL).fetchOne(TAG.LABEL);
    Integer deleted = db.deleteFrom(TAG).where(TAG.ID.eq(300)).returning(TAG.ID).fetchOne(TAG.ID);

    assertThat(updated).isEqualTo("temporary");
    assertThat(deleted).isEqualTo(300);
    assertThat(proxy.requests()).isEqualTo(2);
  }

  @Test
  void paginationWithOffsetAndWithSeek() {
    List<EventLogRecord> pageRows = IntStream.rangeClosed(1, 50)
        .mapToObj(i -> new EventLogRecord(null, "page", null, null, (long) i)).toList();
    db.batchInsert(pageRows).execute();

    List<Long> third = db.select(EVENT_LOG.RECORDED_AT).from(EVENT_LOG).where(EVENT_LOG.KIND.eq("page"))
        .orderBy(EVENT_LOG.RECORDED_AT).limit(10).offset(20).fetch(EVENT_LOG.RECORDED_AT);
    List<Long> afterThird = db.select(EVENT_LOG.RECORDED_AT).from(EVENT_LOG).where(EVENT_LOG.KIND.eq("page"))
        .orderBy(EVENT_LOG.RECORDED_AT).seek(third.get(9)).limit(10).fetch(EVENT_LOG.RECORDED_AT);

    assertThat(third).containsExactlyElementsOf(LongRange.of(21, 30));
    assertThat(afterThird).containsExactlyElementsOf(LongRange.of(31, 40));
  }

  @Test
  void theViewIsQueriedWithItsGeneratedType() {
    var sales = db.selectFrom(PRODUCT_SALES).where(PRODUCT_SALES.PRODUCT_ID.eq(1)).fetchOne();

    assertThat(sales.getProductName()).isEqualTo("SQLite Internals");
    assertThat(sales.getOrderLines()).isEqualTo(2);
  }

  @Test
  void foreignKeysAreEnforcedAndReportedAsJooqIntegrityErrors() {
    assertThatThrownBy(() -> db.insertInto(CUSTOMER_ORDER, CUSTOMER_ORDER.CUSTOMER_ID).values(999).execute())
        .isInstanceOf(IntegrityConstraintViolationException.class)
        .hasMessageContaining("FOREIGN KEY");
  }

  @Test
  void fetchLazyAndFetchStreamWithAFetchSizeStreamThroughTheCursor() {
    db.batchInsert(IntStream.rangeClosed(1, 2000)
        .mapToObj(i -> new EventLogRecord(null, "lazy", null, null, (long) i)).toList()).execute();
    proxy.reset();

    List<Long> seen = new ArrayList<>();
    try (Cursor<EventLogRecord> cursor = db.selectFrom(EVENT_LOG).where(EVENT_LOG.KIND.eq("lazy"))
        .orderBy(EVENT_LOG.ID).fetchSize(LibSqlJooq.STREAMING_FETCH_SIZE).fetchLazy()) {
      cursor.forEach(event -> seen.add(event.getRecordedAt()));
    }
    try (Stream<EventLogRecord> stream = db.selectFrom(EVENT_LOG).where(EVENT_LOG.KIND.eq("lazy"))
        .fetchSize(LibSqlJooq.STREAMING_FETCH_SIZE).fetchStream()) {
      assertThat(stream.mapToLong(EventLogRecord::getRecordedAt).sum()).isEqualTo(2000L * 2001 / 2);
    }

    assertThat(seen).containsExactlyElementsOf(LongRange.of(1, 2000));
    assertThat(proxy.requests("/v3/cursor")).isEqualTo(2);
  }

  @Test
  void withoutTheSettingsJooqReadsReturningInASecondRequestAndMissesTheRow() {
    // What LibSqlJooq.settings() avoids: jOOQ OSS runs SELECT … WHERE rowid = last_insert_rowid()
    // after the INSERT; over HTTP in autocommit that runs on another server connection.
    DSLContext plain = DSL.using(dataSource, SQLDialect.SQLITE);

    CustomerRecord customer = insertCustomerReturning(plain, "plain@example.com");

    assertThat(proxy.requests()).isEqualTo(2);
    assertThat(customer).isNull();
    assertThat(db.fetchCount(CUSTOMER, CUSTOMER.EMAIL.eq("plain@example.com"))).isEqualTo(1);
  }

  private static CustomerRecord insertCustomerReturning(DSLContext dsl, String email) {
    return dsl.insertInto(CUSTOMER)
        .set(CUSTOMER.EXTERNAL_ID, UUID.randomUUID())
        .set(CUSTOMER.EMAIL, email)
        .set(CUSTOMER.FULL_NAME, email.substring(0, email.indexOf('@')))
        .returning()
        .fetchOne();
  }
}
