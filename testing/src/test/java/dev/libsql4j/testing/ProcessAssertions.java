package dev.libsql4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a server process the harness started is really gone. */
final class ProcessAssertions {

    private ProcessAssertions() {
    }

    static void assertProcessGone(long pid) {
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("process %d is still alive", pid)
                .isFalse();
    }
}
