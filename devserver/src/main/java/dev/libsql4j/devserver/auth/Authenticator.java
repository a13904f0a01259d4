package dev.libsql4j.devserver.auth;

import dev.libsql4j.devserver.error.ProtocolException;

/** Decides what a request may do from its {@code Authorization} header. */
public interface Authenticator {

  /** Authentication switched off: everything is allowed. */
  Authenticator NONE = (authorization, namespace) -> Access.READ_WRITE;

  /**
   * @param authorization the {@code Authorization} header, or null
   * @param namespace the namespace the request is for
   * @throws ProtocolException 401 for missing or invalid credentials, 404 for a hidden namespace
   */
  Access authenticate(String authorization, String namespace) throws ProtocolException;
}
