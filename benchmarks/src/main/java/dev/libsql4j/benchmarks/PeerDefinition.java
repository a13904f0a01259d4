package dev.libsql4j.benchmarks;

import java.net.URI;

/**
 * A named peer that can be opened on a server URL; the same definition is opened once on sqld
 * itself for the timed rounds and once behind the counting proxy for the request counts.
 *
 * @param name      the report's column heading
 * @param overHttp  whether it talks to sqld (false for the in-process sqlite-jdbc ceiling)
 * @param opener    opens the peer
 */
public record PeerDefinition(String name, boolean overHttp, Opener opener) {

    /** Opens a peer on a base URL such as {@code http://127.0.0.1:PORT}. */
    @FunctionalInterface
    public interface Opener {
        /** Opens the peer; sessions and child processes are ready when this returns. */
        Peer open(URI serverUrl) throws Exception;
    }

    /** Opens the peer on {@code serverUrl}. */
    public Peer open(URI serverUrl) throws Exception {
        return opener.open(serverUrl);
    }
}
