package dev.libsql4j.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

  @Test
  void numbersCompareByValueAndTextIgnoringCase() {
    List<String> sorted = Stream.of("V10__views.sql", "V2__b.sql", "v1_1__fix.sql", "V1__a.sql", "V002__c.sql",
            "V1_10__later.sql", "V1_2__fix.sql", "R__repeatable.sql")
        .sorted(NaturalOrder.INSTANCE).toList();

    assertThat(sorted).containsExactly("R__repeatable.sql", "v1_1__fix.sql", "V1_2__fix.sql", "V1_10__later.sql",
        "V1__a.sql", "V2__b.sql", "V002__c.sql", "V10__views.sql");
  }

  @Test
  void theOrderIsTotal() {
    assertThat(NaturalOrder.INSTANCE.compare("V1.sql", "v1.sql")).isNotZero();
    assertThat(NaturalOrder.INSTANCE.compare("V01.sql", "V1.sql")).isNotZero();
    assertThat(NaturalOrder.INSTANCE.compare("V1.sql", "V1.sql")).isZero();
  }
}
