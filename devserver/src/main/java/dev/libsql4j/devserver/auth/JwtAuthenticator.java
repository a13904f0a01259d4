package dev.libsql4j.devserver.auth;

import dev.libsql4j.devserver.error.ProtocolException;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@code Authorization: Bearer <JWT>} as sqld does with {@code --auth-jwt-key-file}: EdDSA
 * (Ed25519) signatures against every configured key, {@code exp} enforced with 60 s leeway, tokens
 * carrying {@code aud} refused; claims {@code a} ({@code ro}/{@code rw}), {@code id} (one namespace)
 * and {@code p} (fine-grained, namespace lists per access level) decide the {@link Access}.
 *
 * <p>Failures: 401 for missing or bad credentials, 404 for a namespace the token may not see (sqld
 * hides its existence).
 */
public final class JwtAuthenticator implements Authenticator {

  private static final Pattern PEM = Pattern.compile(
      "-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");
  /** The X.509 SubjectPublicKeyInfo header of an Ed25519 key; the raw 32 key bytes follow. */
  private static final byte[] ED25519_X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private final List<PublicKey> keys;

  /** @param keys the Ed25519 public keys a token may be signed with */
  public JwtAuthenticator(List<PublicKey> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("no public key given");
    }
    this.keys = List.copyOf(keys);
  }

  /**
   * Reads keys in sqld's formats: one or more PEM {@code PUBLIC KEY} blocks, or one raw 32-byte key in
   * URL-safe base64.
   */
  public static JwtAuthenticator fromFile(Path file) throws IOException {
    return new JwtAuthenticator(parseKeys(Files.readString(file, StandardCharsets.US_ASCII)));
  }

  static List<PublicKey> parseKeys(String text) throws IOException {
    List<PublicKey> keys = new ArrayList<>();
    try {
      KeyFactory factory = KeyFactory.getInstance("Ed25519");
      Matcher m = PEM.matcher(text);
      while (m.find()) {
        byte[] der = Base64.getMimeDecoder().decode(m.group(1));
        keys.add(factory.generatePublic(new X509EncodedKeySpec(der)));
      }
      if (keys.isEmpty()) {
        byte[] raw = Base64.getUrlDecoder().decode(text.strip().replace("=", ""));
        if (raw.length != 32) {
          throw new IOException("not an Ed25519 public key (PEM or raw 32 bytes in base64url)");
        }
        byte[] der = new byte[ED25519_X509_PREFIX.length + raw.length];
        System.arraycopy(ED25519_X509_PREFIX, 0, der, 0, ED25519_X509_PREFIX.length);
        System.arraycopy(raw, 0, der, ED25519_X509_PREFIX.length, raw.length);
        keys.add(factory.generatePublic(new X509EncodedKeySpec(der)));
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IOException("cannot read the JWT public key: " + e.getMessage(), e);
    }
    return keys;
  }

  @Override
  public Access authenticate(String authorization, String namespace) throws ProtocolException {
    if (authorization == null) {
      throw unauthorized("Expected authorization header but none given");
    }
    int space = authorization.indexOf(' ');
    if (space < 0 || !authorization.substring(0, space).equalsIgnoreCase("bearer")) {
      throw unauthorized("The authentication scheme in the `Authorization` HTTP header is not supported");
    }
    Claims claims = verify(authorization.substring(space + 1).strip());
    return access(claims, namespace);
  }

  private Claims verify(String token) throws ProtocolException {
    boolean expired = false;
    for (PublicKey key : keys) {
      try {
        Claims claims = Jwts.parser().verifyWith(key).clockSkewSeconds(60).build()
            .parseSignedClaims(token).getPayload();
        if (claims.getAudience() != null && !claims.getAudience().isEmpty()) {
          // sqld configures no audience, and its JWT library then refuses any token that has one.
          throw unauthorized("Authentication failed");
        }
        return claims;
      } catch (ExpiredJwtException e) {
        expired = true;
      } catch (JwtException | IllegalArgumentException e) {
        // Try the next key.
      }
    }
    throw unauthorized(expired ? "The JWT has expired" : "The JWT is invalid");
  }

  private static Access access(Claims claims, String namespace) throws ProtocolException {
    Object fine = claims.get("p");
    if (fine instanceof Map<?, ?> permissions) {
      if (allows(permissions, namespace, "rw", "rwa", "ddl")) {
        return Access.READ_WRITE;
      }
      if (allows(permissions, namespace, "ro", "roa")) {
        return Access.READ_ONLY;
      }
      throw notFound(namespace);
    }
    Object id = claims.get("id");
    if (id != null && !id.equals(namespace)) {
      throw notFound(namespace);
    }
    Object level = claims.get("a");
    return "ro".equals(level) || "roa".equals(level) ? Access.READ_ONLY : Access.READ_WRITE;
  }

  private static boolean allows(Map<?, ?> permissions, String namespace, String... levels) {
    for (String level : levels) {
      if (permissions.get(level) instanceof Map<?, ?> scope
          && scope.get("ns") instanceof Collection<?> names && names.contains(namespace)) {
        return true;
      }
    }
    return false;
  }

  private static ProtocolException unauthorized(String reason) {
    return new ProtocolException(401, "AUTH_FAILED", "Unauthorized: `" + reason + "`");
  }

  /** sqld hides namespaces a token may not see: the same answer as a missing one. */
  static ProtocolException notFound(String namespace) {
    return new ProtocolException(404, "NAMESPACE_NOT_FOUND", "Namespace `" + namespace + "` doesn't exist");
  }
}
