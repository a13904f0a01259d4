package dev.libsql4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.devserver.DevServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** With no URL configured and the devserver on the class path, the application runs on an embedded devserver. */
@ExtendWith(OutputCaptureExtension.class)
class DevServerAutoStartTest {

  @TempDir
  Path dataDir;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LibSqlDataSourceAutoConfiguration.class,
            DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class))
        .withPropertyValues("libsql.devserver.data-dir=" + dataDir);
  }

  @Test
  void startsTheDevserverAndPointsTheDataSourceAtIt(CapturedOutput output) throws IOException {
    runner().run(context -> {
      assertThat(context).hasSingleBean(DevServer.class).hasSingleBean(LibSqlPooledDataSource.class);
      URI serverUrl = context.getBean(DevServer.class).httpUrl();
      assertThat(context.getBean(LibSqlConnectionDetails.class).getJdbcUrl()).isEqualTo("jdbc:libsql:" + serverUrl);
      assertThat(serverUrl.getHost()).isEqualTo("127.0.0.1");

      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      jdbc.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
      jdbc.update("INSERT INTO note (text) VALUES (?)", "written to the devserver");
      assertThat(jdbc.queryForObject("SELECT text FROM note", String.class)).isEqualTo("written to the devserver");
      assertThat(output).contains("started the libsql4j devserver at " + serverUrl + " (jdbc:libsql:" + serverUrl
          + ") with data in " + dataDir.toAbsolutePath());
    });
    try (Stream<Path> files = Files.walk(dataDir)) {
      assertThat(files.filter(Files::isRegularFile)).as("database files in libsql.devserver.data-dir").isNotEmpty();
    }
  }

  @Test
  void dataSurvivesARestartInTheSameDataDir() {
    runner().run(context -> {
      context.getBean(JdbcTemplate.class).execute("CREATE TABLE kept (v TEXT)");
      context.getBean(JdbcTemplate.class).update("INSERT INTO kept VALUES ('still here')");
    });
    runner().run(context -> assertThat(context.getBean(JdbcTemplate.class)
        .queryForObject("SELECT v FROM kept", String.class)).isEqualTo("still here"));
  }

  @Test
  void closingTheContextStopsTheDevserver() {
    URI[] serverUrl = new URI[1];
    runner().run(context -> serverUrl[0] = context.getBean(DevServer.class).httpUrl());
    assertThatThrownBy(() -> new Socket(serverUrl[0].getHost(), serverUrl[0].getPort()).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void aConfiguredUrlMeansNoDevserver() throws IOException {
    runner().withPropertyValues("libsql.url=http://127.0.0.1:9", "libsql.check-on-startup=false").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(DevServer.class);
    });
    try (Stream<Path> files = Files.list(dataDir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aBusyPortIsExplained() throws IOException {
    try (DevServer other = DevServer.builder().start()) {
      int port = other.httpUrl().getPort();
      runner().withPropertyValues("libsql.devserver.port=" + port).run(context -> {
        assertThat(StartupFailureTest.analysisOf(context.getStartupFailure()).getDescription())
            .startsWith("Could not start the libsql4j devserver on 127.0.0.1:" + port + " with data in ");
      });
    }
  }
}
