package dev.libsql4j.jdbc.exec;

import dev.libsql4j.jdbc.routing.Node;

/** The answer to a routed exchange and the node that gave it. */
record Served<T>(Node node, T value) {}
