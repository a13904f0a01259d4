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

  @Enumerated(EnumType.ORDINAL)
  public Level level;

  public byte[] bytes;
  public boolean flag;
  public long bigNumber;
  public double ratio;
  public String text;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> attributes;
}
