package dev.libsql4j.hrana.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamWriteException;
import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.CursorHeader;
import dev.libsql4j.hrana.message.CursorRequest;
import dev.libsql4j.hrana.message.PipelineRequest;
import dev.libsql4j.hrana.message.PipelineResponse;
import dev.libsql4j.hrana.message.WsClientMsg;
import dev.libsql4j.hrana.message.WsServerMsg;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Hrana JSON codec: every HTTP message in both directions (and the WebSocket messages a client
 * sends and receives), written and read with Jackson's
 * streaming API (no data binding, no intermediate trees).
 *
 * <p>Client side: {@link #encodePipelineRequest}, {@link #encodeCursorRequest},
 * {@link #decodePipelineResponse}, {@link #cursorReader}; over WebSocket {@link #encodeWsClientMsg},
 * {@link #decodeWsServerMsg}. Server side: {@link #decodePipelineRequest},
 * {@link #decodeCursorRequest}, {@link #encodePipelineResponse}, {@link #encodeCursorHeader},
 * {@link #encodeCursorEntry}.
 *
 * <p>Wire forms: 64-bit integers as decimal strings (numbers accepted when reading); floats as JSON
 * numbers (non-finite ones are written as NULL values, a float with a null value reads as NULL); blobs
 * as standard base64 written without padding and read with or without it. Unknown fields are ignored,
 * missing optional fields take their defaults, a missing {@code baton} is null. Malformed input raises
 * {@link HranaJsonException} naming the field. Encoders produce UTF-8 bytes; cursor lines are returned
 * without their terminating newline, which the caller writes. All methods are thread-safe.
 */
public final class HranaJson {

  /**
   * Shared, thread-safe factory. Strings may be as long as a SQLite value can be: the 20 M-character
   * default would reject a legitimate large blob; the server or the HTTP layer bounds a body's size.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build();

  private HranaJson() {}

  /** Encodes the body of {@code POST /v2|v3/pipeline}. */
  public static byte[] encodePipelineRequest(PipelineRequest request) {
    return encode(out -> RequestWriter.pipelineRequest(out, request));
  }

  /** Encodes the body of {@code POST /v3/cursor}. */
  public static byte[] encodeCursorRequest(CursorRequest request) {
    return encode(out -> RequestWriter.cursorRequest(out, request));
  }

  /** Encodes a pipeline response body. */
  public static byte[] encodePipelineResponse(PipelineResponse response) {
    return encode(out -> ResponseWriter.pipelineResponse(out, response));
  }

  /** Encodes the first line of a cursor response (without the newline). */
  public static byte[] encodeCursorHeader(CursorHeader header) {
    return encode(out -> ResponseWriter.cursorHeader(out, header));
  }

  /** Encodes one cursor entry line (without the newline). */
  public static byte[] encodeCursorEntry(CursorEntry entry) {
    return encode(out -> ResponseWriter.cursorEntry(out, entry));
  }

  /** Encodes a WebSocket client message (sent as a text frame on {@code hrana2}/{@code hrana3}). */
  public static String encodeWsClientMsg(WsClientMsg message) {
    return new String(encode(out -> RequestWriter.wsClientMsg(out, message)), StandardCharsets.UTF_8);
  }

  /** Decodes a WebSocket server message (the text of one complete message). */
  public static WsServerMsg decodeWsServerMsg(String json) throws HranaJsonException {
    try {
      return decode(FACTORY.createParser(json), ResponseReader::wsServerMsg);
    } catch (HranaJsonException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory failed", e);
    }
  }

  /** Decodes a pipeline request body. */
  public static PipelineRequest decodePipelineRequest(byte[] json) throws HranaJsonException {
    return decodeBytes(json, RequestReader::pipelineRequest);
  }

  /** Decodes a pipeline request body from a stream, which is read to its end and closed. */
  public static PipelineRequest decodePipelineRequest(InputStream json) throws IOException {
    return decode(FACTORY.createParser(json), RequestReader::pipelineRequest);
  }

  /** Decodes a cursor request body. */
  public static CursorRequest decodeCursorRequest(byte[] json) throws HranaJsonException {
    return decodeBytes(json, RequestReader::cursorRequest);
  }

  /** Decodes a cursor request body from a stream, which is read to its end and closed. */
  public static CursorRequest decodeCursorRequest(InputStream json) throws IOException {
    return decode(FACTORY.createParser(json), RequestReader::cursorRequest);
  }

  /** Decodes a pipeline response body. */
  public static PipelineResponse decodePipelineResponse(byte[] json) throws HranaJsonException {
    return decodeBytes(json, ResponseReader::pipelineResponse);
  }

  /** Decodes a pipeline response body from a stream, which is read to its end and closed. */
  public static PipelineResponse decodePipelineResponse(InputStream json) throws IOException {
    return decode(FACTORY.createParser(json), ResponseReader::pipelineResponse);
  }

  /**
   * Opens a reader over a cursor response (newline-delimited JSON). The reader pulls bytes as entries
   * are asked for, so memory stays bounded however long the response is; closing it closes
   * {@code ndjson}.
   */
  public static CursorReader cursorReader(InputStream ndjson) throws IOException {
    return new CursorReader(FACTORY.createParser(ndjson));
  }

  @FunctionalInterface
  private interface Encoder {
    void write(JsonGenerator out) throws IOException;
  }

  private static byte[] encode(Encoder encoder) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator out = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      encoder.write(out);
    } catch (StreamWriteException e) {
      // The message cannot be written as JSON, e.g. text holding an unpaired UTF-16 surrogate.
      throw new IllegalArgumentException("Cannot encode as Hrana JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return bytes.toByteArray();
  }

  private static <T> T decodeBytes(byte[] json, JsonInput.Reader<T> reader)
      throws HranaJsonException {
    try {
      return decode(FACTORY.createParser(json), reader);
    } catch (HranaJsonException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory failed", e);
    }
  }

  /** Reads exactly one top-level message; anything after it but whitespace is an error. */
  private static <T> T decode(JsonParser parser, JsonInput.Reader<T> reader) throws IOException {
    try (parser) {
      JsonInput in = new JsonInput(parser);
      if (!in.nextRoot()) {
        throw in.fail("empty body");
      }
      T message = reader.read(in);
      if (in.nextRoot()) {
        throw in.fail("unexpected content after the message");
      }
      return message;
    } catch (JsonProcessingException e) {
      throw JsonInput.malformed(e);
    }
  }
}
