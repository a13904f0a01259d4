package dev.libsql4j.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How a request selects an sqld namespace.
 *
 * <p>Send {@link #HEADER} with {@link #headerValue(String)}. sqld 0.24.32 ignores the plain
 * {@code x-namespace} header and then falls back to the {@code Host} header, where the
 * {@code 127.0.0.1} of a local node selects a namespace named {@code 127}: without this header,
 * requests to a namespaced node on 127.0.0.1 fail with 404.
 */
public final class Namespaces {

    /** The header sqld reads first: the namespace name, base64 without padding. */
    public static final String HEADER = "x-namespace-bin";

    private Namespaces() {
    }

    /** The {@link #HEADER} value selecting {@code namespace}. */
    public static String headerValue(String namespace) {
        return Base64.getEncoder().withoutPadding().encodeToString(namespace.getBytes(StandardCharsets.UTF_8));
    }
}
