package dev.libsql4j.spring.autoconfigure;

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The conditions on the configured URL ({@link ConfiguredUrl}), as they appear in Boot's condition report. */
final class UrlConditions {

  private UrlConditions() {
  }

  /** Matches unless {@code spring.datasource.url} names another database: then this module stands aside. */
  static final class LibSqlDatabase extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      ConditionMessage.Builder message = ConditionMessage.forCondition("libSQL database");
      Optional<ConfiguredUrl> url = ConfiguredUrl.find(context.getEnvironment());
      if (url.isPresent() && url.get().property().equals(ConfiguredUrl.SPRING_URL) && !url.get().isLibSql()) {
        return ConditionOutcome.noMatch(message.because(ConfiguredUrl.SPRING_URL + " is not a jdbc:libsql: URL"));
      }
      return ConditionOutcome.match(message.because(url.map(u -> u.property() + " is a libSQL URL")
          .orElse("no URL is configured")));
    }
  }

  /** Matches when {@code spring.datasource.url} or {@code libsql.url} is set. */
  static final class UrlConfigured extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return outcome(context, true);
    }
  }

  /** Matches when neither {@code spring.datasource.url} nor {@code libsql.url} is set. */
  static final class NoUrlConfigured extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return outcome(context, false);
    }
  }

  private static ConditionOutcome outcome(ConditionContext context, boolean wantUrl) {
    Optional<ConfiguredUrl> url = ConfiguredUrl.find(context.getEnvironment());
    ConditionMessage message = ConditionMessage.forCondition("libSQL URL")
        .because(url.map(u -> u.property() + " is set").orElse("neither " + ConfiguredUrl.SPRING_URL
            + " nor " + ConfiguredUrl.LIBSQL_URL + " is set"));
    return new ConditionOutcome(url.isPresent() == wantUrl, message);
  }
}
