package dev.libsql4j.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One column of every common Java type. */
@Entity
public class Sample {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  public UUID id;

  public Instant instant;
  public OffsetDateTime offsetDateTime;
  public LocalDate localDate;
  public LocalTime localTime;
  public LocalDateTime localDateTime;
  public UUID reference;

  @Column(precision = 30, scale = 10)
  public BigDecimal amount;

  /** No {@code @Column}: Hibernate's default {@code numeric(38,2)}. */
  public BigDecimal price;

  @Enumerated(EnumType.ORDINAL)
  public Level level;

  public byte[] bytes;
  public boolean flag;
  public long bigNumber;
  public double ratio;
  public String text;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> attributes;

  /** A sample whose dates, times and UUID test precision, zones and the calendar's edges. */
  public static Sample withTimesAndReference() {
    Sample sample = new Sample();
    sample.instant = Instant.parse("2024-02-29T23:59:59.123456789Z");
    sample.offsetDateTime = OffsetDateTime.parse("2024-06-01T08:30:15.5+05:30");
    sample.localDate = LocalDate.of(1969, 7, 20);
    sample.localTime = LocalTime.of(23, 59, 58, 999_000_000);
    sample.localDateTime = LocalDateTime.of(2024, 12, 31, 23, 59, 59, 999_999_000);
    sample.reference = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    return sample;
  }
}
