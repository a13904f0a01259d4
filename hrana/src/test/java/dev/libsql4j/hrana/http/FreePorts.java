package dev.libsql4j.hrana.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports that nothing listens on, for tests that need a server to be absent or placed. */
final class FreePorts {

  private FreePorts() {}

  /** A port on 127.0.0.1 that was free a moment ago. */
  static int next() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
