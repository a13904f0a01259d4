package dev.libsql4j.jdbc.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hrana.message.Value;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueWriterTest {

  private static final ZoneId UTC = ZoneOffset.UTC;
  private final ValueWriter iso = new ValueWriter(DateTimeFormat.ISO8601);
  private final ValueWriter millis = new ValueWriter(DateTimeFormat.EPOCH_MILLIS);

  @Test
  void numbersKeepTheirStorageClass() {
    assertThat(iso.toValue((byte) 1, UTC)).isEqualTo(Value.of(1));
    assertThat(iso.toValue(true, UTC)).isEqualTo(Value.of(1));
    assertThat(iso.toValue(2.5f, UTC)).isEqualTo(Value.of(2.5));
    assertThat(iso.toValue(Double.NaN, UTC)).isEqualTo(Value.NULL);
  }

  @Test
  void bigDecimalIsAnIntegerOnlyWhenExact() {
    assertThat(iso.toValue(new BigDecimal("10"), UTC)).isEqualTo(Value.of(10));
    assertThat(iso.toValue(new BigDecimal("10.00"), UTC)).isEqualTo(Value.of(10));
    assertThat(iso.toValue(new BigDecimal("1.10"), UTC)).isEqualTo(Value.of("1.10"));
    assertThat(iso.toValue(new BigDecimal("1e30"), UTC)).isEqualTo(Value.of("1000000000000000000000000000000"));
  }

  @Test
  void datesAreIsoTextByDefault() {
    Timestamp timestamp = Timestamp.valueOf(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 678_000_000));
    assertThat(iso.toValue(timestamp, ZoneId.systemDefault())).isEqualTo(Value.of("2024-01-02 03:04:05.678"));
    assertThat(iso.toValue(LocalDate.of(2024, 1, 2), UTC)).isEqualTo(Value.of("2024-01-02"));
    assertThat(iso.toValue(java.sql.Date.valueOf("2024-01-02"), ZoneId.systemDefault()))
        .isEqualTo(Value.of("2024-01-02"));
  }

  @Test
  void datesAreEpochMillisOnRequest() {
    Timestamp timestamp = new Timestamp(1_700_000_000_000L);
    assertThat(millis.toValue(timestamp, UTC)).isEqualTo(Value.of(1_700_000_000_000L));
    assertThat(millis.toValue(LocalDate.of(1970, 1, 2), UTC)).isEqualTo(Value.of(86_400_000L));
  }

  @Test
  void otherObjectsTravelAsText() {
    UUID uuid = UUID.randomUUID();
    assertThat(iso.toValue(uuid, UTC)).isEqualTo(Value.of(uuid.toString()));
  }
}
