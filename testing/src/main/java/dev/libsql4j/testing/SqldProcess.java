package dev.libsql4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One running server OS process (sqld or the devserver) whose output goes to a log file. */
final class SqldProcess {

    private static final long GRACEFUL_STOP_SECONDS = 5;
    private static final long FORCED_STOP_SECONDS = 5;
    private static final int LOG_TAIL_CHARS = 4000;

    private final Process process;
    private final Path logFile;

    private SqldProcess(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code program args...}, appending stdout and stderr to {@code logFile}.
     *
     * @param env variables set for the process on top of the inherited environment, from which
     *            sqld's own {@code SQLD_*} and {@code LIBSQL_*} settings are removed first: a
     *            developer's shell must not silently change what a test starts
     */
    static SqldProcess launch(List<String> program, List<String> args, Map<String, String> env, Path logFile) {
        List<String> command = new ArrayList<>(program);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("SQLD_") || name.startsWith("LIBSQL_"));
        builder.environment().putAll(env);
        try {
            appendLine(logFile, "$ " + String.join(" ", command));
            SqldProcess started = new SqldProcess(builder.start(), logFile);
            ProcessReaper.register(started);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + program.get(0), e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the process (SIGTERM, then SIGKILL if it lingers) and waits until it is gone. */
    void stop() {
        try {
            process.destroy();
            if (!process.waitFor(GRACEFUL_STOP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                if (!process.waitFor(FORCED_STOP_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("server (pid " + process.pid() + ") did not die after SIGKILL");
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            ProcessReaper.unregister(this);
        }
    }

    /** The end of the log, for error messages. */
    String logTail() {
        try {
            String log = Files.readString(logFile, StandardCharsets.UTF_8);
            return log.length() <= LOG_TAIL_CHARS ? log : "..." + log.substring(log.length() - LOG_TAIL_CHARS);
        } catch (IOException e) {
            return "(log " + logFile + " unreadable: " + e.getMessage() + ")";
        }
    }

    private static void appendLine(Path file, String line) throws IOException {
        Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
