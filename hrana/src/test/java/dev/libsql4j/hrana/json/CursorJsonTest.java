package dev.libsql4j.hrana.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.message.Col;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.CursorHeader;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.Value;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cursor responses: a header line, then one entry per line. */
class CursorJsonTest {

  private static final HranaError NO_SUCH_NOPE =
      new HranaError("SQL input error: no such column: nope (at offset 7)", "SQL_INPUT_ERROR");

  @Test
  void readsARealSqldCursorWithNumericRowidAndReplicationIndex() throws IOException {
    // Captured from sqld 0.24.32: INSERT of two rows, SELECT of three rows, a failing SELECT.
    try (InputStream body = getClass().getResourceAsStream("sqld-cursor-response.ndjson");
         CursorReader reader = HranaJson.cursorReader(body)) {
      CursorHeader header = reader.readHeader();
      assertThat(header.baton()).startsWith("Y5IiiDmD");
      assertThat(header.baseUrl()).isNull();

      assertThat(readAll(reader)).containsExactly(
          new CursorEntry.StepBegin(0, List.of()),
          new CursorEntry.StepEnd(2, 3L),
          new CursorEntry.StepBegin(1, List.of(new Col("a", "INTEGER"), new Col("b", "TEXT"))),
          new CursorEntry.Row(List.of(Value.of(1), Value.of("héllo ✓"))),
          new CursorEntry.Row(List.of(Value.of(2), Value.of("1"))),
          new CursorEntry.Row(List.of(Value.of(3), Value.of("2"))),
          new CursorEntry.StepEnd(0, null),
          new CursorEntry.StepError(2, NO_SUCH_NOPE),
          new CursorEntry.ReplicationIndex(3L));
    }
  }

  @Test
  void skipsEntriesOfUnknownTypes() throws IOException {
    String ndjson = "{\"baton\":null}\n"
        + "{\"type\":\"progress\",\"percent\":50,\"detail\":{\"rows\":[1,2]}}\n"
        + "{\"type\":\"step_end\",\"affected_row_count\":\"1\",\"last_insert_rowid\":\"-9223372036854775808\"}\n"
        + "{\"type\":\"telemetry\"}\n";

    try (CursorReader reader = HranaJson.cursorReader(stream(ndjson))) {
      assertThat(reader.readHeader()).isEqualTo(new CursorHeader(null, null));
      assertThat(readAll(reader)).containsExactly(new CursorEntry.StepEnd(1, Long.MIN_VALUE));
    }
  }

  @Test
  void encodesEveryEntryKindInTheSpecForm() {
    assertThat(line(HranaJson.encodeCursorHeader(new CursorHeader("B", null))))
        .isEqualTo("{\"baton\":\"B\",\"base_url\":null}");
    assertThat(line(HranaJson.encodeCursorEntry(new CursorEntry.StepBegin(0, List.of(new Col("a", null))))))
        .isEqualTo("{\"type\":\"step_begin\",\"step\":0,\"cols\":[{\"name\":\"a\",\"decltype\":null}]}");
    assertThat(line(HranaJson.encodeCursorEntry(new CursorEntry.Row(List.of(Value.of(7), Value.NULL)))))
        .isEqualTo("{\"type\":\"row\",\"row\":[{\"type\":\"integer\",\"value\":\"7\"},{\"type\":\"null\"}]}");
    assertThat(line(HranaJson.encodeCursorEntry(new CursorEntry.StepEnd(2, 3L))))
        .isEqualTo("{\"type\":\"step_end\",\"affected_row_count\":2,\"last_insert_rowid\":\"3\"}");
    assertThat(line(HranaJson.encodeCursorEntry(new CursorEntry.StepError(2, NO_SUCH_NOPE))))
        .isEqualTo("{\"type\":\"step_error\",\"step\":2,\"error\":{\"message\":"
            + "\"SQL input error: no such column: nope (at offset 7)\",\"code\":\"SQL_INPUT_ERROR\"}}");
    assertThat(line(HranaJson.encodeCursorEntry(new CursorEntry.Error(new HranaError("gone", "X")))))
        .isEqualTo("{\"type\":\"error\",\"error\":{\"message\":\"gone\",\"code\":\"X\"}}");
    assertThat(line(HranaJson.encodeCursorEntry(new CursorEntry.ReplicationIndex(5L))))
        .isEqualTo("{\"type\":\"replication_index\",\"replication_index\":\"5\"}");
  }

  @Test
  void roundTripsAWholeCursor() throws IOException {
    CursorHeader header = new CursorHeader("B", "http://127.0.0.1:1");
    List<CursorEntry> entries = List.of(
        new CursorEntry.StepBegin(0, List.of(new Col("x", "BLOB"))),
        new CursorEntry.Row(List.of(Value.of(new byte[] {1}))),
        new CursorEntry.StepEnd(0, null),
        new CursorEntry.StepError(1, NO_SUCH_NOPE),
        new CursorEntry.Error(new HranaError("failed", null)),
        new CursorEntry.ReplicationIndex(null));
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    ndjson.write(HranaJson.encodeCursorHeader(header));
    ndjson.write('\n');
    for (CursorEntry entry : entries) {
      ndjson.write(HranaJson.encodeCursorEntry(entry));
      ndjson.write('\n');
    }

    try (CursorReader reader = HranaJson.cursorReader(new ByteArrayInputStream(ndjson.toByteArray()))) {
      assertThat(reader.readHeader()).isEqualTo(header);
      assertThat(readAll(reader)).isEqualTo(entries);
    }
  }

  @Test
  void theHeaderComesFirstAndOnce() throws IOException {
    try (CursorReader reader = HranaJson.cursorReader(stream("{\"baton\":null}\n"))) {
      assertThatThrownBy(reader::readEntry).isInstanceOf(IllegalStateException.class);
      reader.readHeader();
      assertThatThrownBy(reader::readHeader).isInstanceOf(IllegalStateException.class);
      assertThat(reader.readEntry()).isNull();
    }
  }

  @Test
  void malformedLinesAreErrors() throws IOException {
    try (CursorReader reader = HranaJson.cursorReader(stream(""))) {
      assertThatThrownBy(reader::readHeader).isInstanceOf(HranaJsonException.class)
          .hasMessageContaining("no header line");
    }
    try (CursorReader reader = HranaJson.cursorReader(stream("{\"baton\":null}\n{\"type\":\"row\"}\n"))) {
      reader.readHeader();
      assertThatThrownBy(reader::readEntry).hasMessage("Invalid Hrana JSON at (root): missing field 'row'");
    }
    try (CursorReader reader = HranaJson.cursorReader(stream("{\"baton\":null}\n{\"type\":\"row\",\"row\":[\n"))) {
      reader.readHeader();
      assertThatThrownBy(reader::readEntry).isInstanceOf(HranaJsonException.class)
          .hasMessageContaining("Malformed JSON");
    }
  }

  private static List<CursorEntry> readAll(CursorReader reader) throws IOException {
    List<CursorEntry> entries = new ArrayList<>();
    for (CursorEntry entry; (entry = reader.readEntry()) != null; ) {
      entries.add(entry);
    }
    return entries;
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }

  private static String line(byte[] json) {
    return new String(json, UTF_8);
  }
}
