package dev.libsql4j.devserver.stream;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A baton: the stream's random id and a random single-use token, both 128 bits in URL-safe base64,
 * joined by a dot.
 * A new token is issued for every response, so a replayed or concurrently reused baton names the right
 * stream with the wrong token ({@code Received a baton that has already been used}); ids and tokens are
 * unguessable and forgotten on restart, so old batons are then simply invalid.
 */
record Baton(String streamId, String token) {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int PART_BYTES = 16;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  /** A fresh random id or token. */
  static String random() {
    byte[] bytes = new byte[PART_BYTES];
    RANDOM.nextBytes(bytes);
    return ENCODER.encodeToString(bytes);
  }

  /** The wire form. */
  String encode() {
    return streamId + "." + token;
  }

  /** Parses the wire form; null when it is not one. */
  static Baton parse(String text) {
    int dot = text.indexOf('.');
    if (dot < 0 || !isPart(text.substring(0, dot)) || !isPart(text.substring(dot + 1))) {
      return null;
    }
    return new Baton(text.substring(0, dot), text.substring(dot + 1));
  }

  private static boolean isPart(String part) {
    try {
      return Base64.getUrlDecoder().decode(part).length == PART_BYTES
          && ENCODER.encodeToString(Base64.getUrlDecoder().decode(part)).equals(part);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
