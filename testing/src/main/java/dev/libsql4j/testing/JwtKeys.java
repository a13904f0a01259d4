package dev.libsql4j.testing;

import io.jsonwebtoken.Jwts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * An Ed25519 key pair for sqld's JWT authentication ({@code --auth-jwt-key-file}) and the tokens
 * signed with it.
 *
 * <p>Tokens carry sqld's claims ({@code a} = {@code "rw"} / {@code "ro"}, {@code id}, {@code p},
 * {@code exp}) and never an {@code aud} claim: sqld configures no audience, and its JWT library
 * then rejects every token that has one. The private key never leaves this object.
 */
public final class JwtKeys {

    /** The file name {@link #publicKeyFile(Path)} writes. */
    public static final String PUBLIC_KEY_FILE_NAME = "jwt-public-key.pem";

    // An Ed25519 SubjectPublicKeyInfo is a fixed 12-byte header followed by the 32-byte key.
    private static final int RAW_PUBLIC_KEY_LENGTH = 32;

    private final KeyPair keyPair;

    private JwtKeys(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    /** Generates a fresh key pair with the JDK's Ed25519 provider. */
    public static JwtKeys generate() {
        try {
            return new JwtKeys(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no Ed25519 key generator", e);
        }
    }

    /** A read-write token ({@code a: "rw"}) without expiry. */
    public String fullAccessToken() {
        return token(Map.of("a", "rw"));
    }

    /** A read-only token ({@code a: "ro"}) without expiry: sqld answers 403 to writes. */
    public String readOnlyToken() {
        return token(Map.of("a", "ro"));
    }

    /**
     * A read-write token that expired an hour ago, well beyond the 60 s leeway sqld grants.
     */
    public String expiredToken() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        return token(Map.of("a", "rw", "exp", anHourAgo.getEpochSecond()));
    }

    /**
     * A token with exactly the given claims, e.g. {@code Map.of("id", "tenant-a")} or a
     * fine-grained {@code p} object. {@code exp} is seconds since the epoch.
     */
    public String token(Map<String, Object> claims) {
        return Jwts.builder()
                .claims(claims)
                .signWith(keyPair.getPrivate(), Jwts.SIG.EdDSA)
                .compact();
    }

    /** The public key as a PEM {@code PUBLIC KEY} block, the format sqld reads from a key file. */
    public String publicKeyPem() {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keyPair.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * The raw 32-byte public key in URL-safe base64 without padding, the other format sqld
     * accepts (also in the {@code SQLD_AUTH_JWT_KEY} environment variable).
     */
    public String publicKeyBase64Url() {
        byte[] encoded = keyPair.getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - RAW_PUBLIC_KEY_LENGTH, encoded.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /**
     * Writes {@link #publicKeyPem()} to {@value #PUBLIC_KEY_FILE_NAME} in {@code dir}.
     *
     * @return the file, for {@code sqld --auth-jwt-key-file}
     */
    public Path publicKeyFile(Path dir) {
        Path file = dir.resolve(PUBLIC_KEY_FILE_NAME);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, publicKeyPem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** Never shows key material. */
    @Override
    public String toString() {
        return "JwtKeys[Ed25519]";
    }
}
