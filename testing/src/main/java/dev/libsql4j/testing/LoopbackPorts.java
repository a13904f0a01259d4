package dev.libsql4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks free TCP ports on 127.0.0.1 for servers the harness starts. */
final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * Returns a port that was free a moment ago. Another process may take it before sqld binds
     * it; {@link SqldNode} detects that ("Address already in use") and retries with new ports.
     */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
