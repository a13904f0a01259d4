package dev.libsql4j.hrana.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.CursorHeader;
import java.io.Closeable;
import java.io.IOException;

/**
 * Reads a cursor response ({@code POST /v3/cursor}): one header line, then cursor entries, one JSON
 * object per line. Call {@link #readHeader()} once, then {@link #readEntry()} until it returns null.
 *
 * <p>One parser reads the whole body, pulling bytes only as entries are asked for, so a cursor over
 * millions of rows needs memory for one entry at a time. Entries of unknown types are skipped (sqld
 * adds its own, and more may come). Not thread-safe: to abort a read from another thread, close the
 * underlying stream there (the reading thread then gets an {@link IOException}) and this reader here.
 */
public final class CursorReader implements Closeable {

  private final JsonParser parser;
  private final JsonInput in;
  private boolean headerRead;

  CursorReader(JsonParser parser) {
    this.parser = parser;
    this.in = new JsonInput(parser);
  }

  /**
   * Reads the header line.
   *
   * @throws IllegalStateException when called twice
   * @throws HranaJsonException when the header is missing or malformed
   * @throws IOException when reading the body fails
   */
  public CursorHeader readHeader() throws IOException {
    if (headerRead) {
      throw new IllegalStateException("the cursor header was already read");
    }
    headerRead = true;
    try {
      if (!in.nextRoot()) {
        throw in.fail("empty cursor response: no header line");
      }
      return ResponseReader.cursorHeader(in);
    } catch (JsonProcessingException e) {
      throw JsonInput.malformed(e);
    }
  }

  /**
   * Reads the next entry, skipping entries of unknown types.
   *
   * @return the entry, or null at the end of the body
   * @throws IllegalStateException when the header has not been read
   * @throws HranaJsonException when an entry is malformed
   * @throws IOException when reading the body fails
   */
  public CursorEntry readEntry() throws IOException {
    if (!headerRead) {
      throw new IllegalStateException("read the cursor header first");
    }
    try {
      while (in.nextRoot()) {
        CursorEntry entry = ResponseReader.cursorEntry(in);
        if (entry != null) {
          return entry;
        }
      }
      return null;
    } catch (JsonProcessingException e) {
      throw JsonInput.malformed(e);
    }
  }

  /** Closes the parser and the underlying stream, abandoning whatever has not been read. */
  @Override
  public void close() throws IOException {
    parser.close();
  }
}
