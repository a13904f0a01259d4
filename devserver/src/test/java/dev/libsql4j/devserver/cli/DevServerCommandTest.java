package dev.libsql4j.devserver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DevServerCommandTest {

  @Test
  void takesSqldsFlagNames() {
    DevServerCommand command = new DevServerCommand();
    new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(
        "--db-path", "data", "--http-listen-addr", "127.0.0.1:9000", "--admin-listen-addr", "127.0.0.1:9001",
        "--auth-jwt-key-file", "key.pem", "--enable-namespaces", "--stream-idle-timeout", "500ms",
        "--txn-timeout", "2s", "--synchronous", "full");
    assertThat(command.dbPath).isEqualTo(Path.of("data"));
    assertThat(command.httpListenAddr.getPort()).isEqualTo(9000);
    assertThat(command.adminListenAddr.getPort()).isEqualTo(9001);
    assertThat(command.jwtKeyFile).isEqualTo(Path.of("key.pem"));
    assertThat(command.namespaces).isTrue();
    assertThat(command.streamIdleTimeout).isEqualTo(Duration.ofMillis(500));
    assertThat(command.transactionTimeout).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void defaultsFollowSqld() {
    DevServerCommand command = new DevServerCommand();
    new CommandLine(command).parseArgs();
    assertThat(command.httpListenAddr.getHost()).isEqualTo("127.0.0.1");
    assertThat(command.httpListenAddr.getPort()).isEqualTo(8080);
    assertThat(command.streamIdleTimeout).isEqualTo(Duration.ofSeconds(10));
    assertThat(command.maxStreams).isEqualTo(128);
    assertThat(command.maxResponseBytes).isEqualTo(10_000_000L);
  }

  @Test
  void aMalformedAddressIsAUsageError() {
    CommandLine line = new CommandLine(new DevServerCommand());
    line.setErr(new PrintWriter(Writer.nullWriter()));
    assertThat(line.execute("--http-listen-addr", "no-port")).isEqualTo(CommandLine.ExitCode.USAGE);
  }
}
