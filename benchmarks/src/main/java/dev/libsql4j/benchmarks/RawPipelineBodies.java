package dev.libsql4j.benchmarks;

/**
 * The hand-written Hrana 3 JSON bodies of the raw HttpClient peer: exactly the requests a
 * minimal client must send, with nothing to parse or map, so that peer is the protocol floor.
 *
 * <p>Strings are embedded without escaping; {@link #quoted} refuses anything that would need it
 * (the {@link Workload} uses only plain ASCII).
 */
final class RawPipelineBodies {

    private static final int INSERT_SQL_ID = 1;
    private static final String POINT_SELECT_HEAD = "{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":"
            + quoted(Workload.POINT_SELECT) + ",\"args\":[{\"type\":\"integer\",\"value\":\"";
    private static final String POINT_SELECT_TAIL = "\"}]}},{\"type\":\"close\"}]}";
    private static final String INSERT_HEAD = "{\"requests\":[{\"type\":\"execute\",\"stmt\":{\"sql\":"
            + quoted(Workload.INSERT) + ",\"args\":[{\"type\":\"text\",\"value\":";
    private static final String INSERT_TAIL = "}],\"want_rows\":false}},{\"type\":\"close\"}]}";

    private RawPipelineBodies() {
    }

    /** Execute the point select, then close the stream: one request. */
    static String pointSelect(long key) {
        return POINT_SELECT_HEAD + key + POINT_SELECT_TAIL;
    }

    /** Execute one insert, then close the stream: one request. */
    static String insert(String value) {
        return INSERT_HEAD + quoted(value) + INSERT_TAIL;
    }

    /**
     * One batch in one request, shaped like {@code @libsql/client}'s {@code batch(…, "write")}:
     * {@code BEGIN}, each insert conditioned on the step before, {@code COMMIT} if all succeeded,
     * {@code ROLLBACK} otherwise. The insert's SQL travels once, via {@code store_sql}.
     */
    static String batchInsert(String value, int rows) {
        String args = ",\"args\":[{\"type\":\"text\",\"value\":" + quoted(value) + "}],\"want_rows\":false}}";
        StringBuilder body = new StringBuilder(rows * (args.length() + 80) + 512)
                .append("{\"requests\":[{\"type\":\"store_sql\",\"sql_id\":").append(INSERT_SQL_ID)
                .append(",\"sql\":").append(quoted(Workload.INSERT)).append("},")
                .append("{\"type\":\"batch\",\"batch\":{\"steps\":[{\"stmt\":{\"sql\":\"BEGIN IMMEDIATE\"}}");
        for (int step = 1; step <= rows; step++) {
            body.append(",{\"condition\":{\"type\":\"ok\",\"step\":").append(step - 1)
                    .append("},\"stmt\":{\"sql_id\":").append(INSERT_SQL_ID).append(args);
        }
        int commit = rows + 1;
        return body.append(",{\"condition\":{\"type\":\"ok\",\"step\":").append(rows)
                .append("},\"stmt\":{\"sql\":\"COMMIT\"}}")
                .append(",{\"condition\":{\"type\":\"not\",\"cond\":{\"type\":\"ok\",\"step\":").append(commit)
                .append("}},\"stmt\":{\"sql\":\"ROLLBACK\"}}]}},{\"type\":\"close\"}]}")
                .toString();
    }

    /** A {@code /v3/cursor} body running one statement on a new stream. */
    static String cursor(String sql) {
        return "{\"baton\":null,\"batch\":{\"steps\":[{\"stmt\":{\"sql\":" + quoted(sql) + "}}]}}";
    }

    /** Statements run in order on one stream, then close: how the raw peer seeds sqld. */
    static String executeAll(Iterable<String> statements) {
        StringBuilder body = new StringBuilder("{\"requests\":[");
        for (String sql : statements) {
            body.append("{\"type\":\"execute\",\"stmt\":{\"sql\":").append(quoted(sql)).append("}},");
        }
        return body.append("{\"type\":\"close\"}]}").toString();
    }

    static String quoted(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                throw new IllegalArgumentException("text needs JSON escaping: " + text);
            }
        }
        return '"' + text + '"';
    }
}
