package dev.libsql4j.devserver.namespace;

import dev.libsql4j.devserver.error.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Picks the namespace of a request as sqld does with {@code --enable-namespaces}: the
 * {@code /dev/{ns}/} path, then header {@code x-namespace-bin} (base64 without padding), then
 * {@code x-namespace} (plain; sqld 0.24.32 ignores it, the Rust client sends it), then the {@code Host}
 * label before the first dot. Unlike sqld, an IP-literal host or {@code localhost} means
 * {@code default}: sqld would look for a namespace called {@code 127}. Without namespaces enabled
 * every request goes to {@code default}.
 */
public final class NamespaceResolver {

  private final boolean enabled;

  /** @param enabled whether namespaces are enabled */
  public NamespaceResolver(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * @param pathNamespace the {@code {ns}} of a {@code /dev/{ns}/} path, or null
   * @param namespaceBin header {@code x-namespace-bin}, or null
   * @param namespace header {@code x-namespace}, or null
   * @param host header {@code Host}, or null
   */
  public String resolve(String pathNamespace, String namespaceBin, String namespace, String host)
      throws ProtocolException {
    if (!enabled) {
      return NamespaceRegistry.DEFAULT;
    }
    String name;
    if (pathNamespace != null) {
      name = pathNamespace;
    } else if (namespaceBin != null) {
      name = decode(namespaceBin);
    } else if (namespace != null) {
      name = namespace;
    } else {
      name = fromHost(host);
    }
    if (!NamespaceRegistry.isValidName(name)) {
      throw ProtocolException.badRequest("NAMESPACE_INVALID", "Invalid namespace `" + name + "`");
    }
    return name;
  }

  private static String decode(String header) throws ProtocolException {
    try {
      return new String(Base64.getDecoder().decode(header.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ProtocolException.badRequest("NAMESPACE_INVALID",
          "Invalid namespace bytes: `" + base64Problem(header, e) + "`");
    }
  }

  /** The problem worded as sqld's base64 decoder words it, for the common case of a stray byte. */
  private static String base64Problem(String header, IllegalArgumentException e) {
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      boolean alphabet = Character.isLetterOrDigit(c) && c < 0x80 || c == '+' || c == '/' || c == '=';
      if (!alphabet) {
        return "Invalid byte " + (int) c + ", offset " + i + ".";
      }
    }
    return e.getMessage();
  }

  private static String fromHost(String host) {
    if (host == null) {
      return NamespaceRegistry.DEFAULT;
    }
    String name = host;
    if (name.startsWith("[")) {
      return NamespaceRegistry.DEFAULT; // IPv6 literal
    }
    int colon = name.lastIndexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    if (name.equalsIgnoreCase("localhost") || name.matches("[0-9.]+")) {
      return NamespaceRegistry.DEFAULT;
    }
    int dot = name.indexOf('.');
    return dot < 0 ? NamespaceRegistry.DEFAULT : name.substring(0, dot);
  }
}
