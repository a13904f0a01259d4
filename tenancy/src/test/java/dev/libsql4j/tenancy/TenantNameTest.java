package dev.libsql4j.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"acme", "a", "tenant-42", "0", "a-b-c-1-2-3"})
  void acceptsLowercaseLettersDigitsAndDashes(String name) {
    assertThat(TenantName.of(name).value()).isEqualTo(name);
  }

  @Test
  void acceptsSixtyFourCharactersAndNoMore() {
    assertThat(TenantName.of("a".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> TenantName.of("a".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65 characters; at most 64");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme", "acme_corp", "acme.corp", "acme corp", "ünicode", "tenant/1", "a\nb"})
  void refusesEverythingElseNamingTheRule(String name) {
    assertThatThrownBy(() -> TenantName.of(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lowercase letters a-z, digits and dashes");
  }

  @Test
  void refusesEmptyAndNull() {
    assertThatThrownBy(() -> TenantName.of("")).hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> TenantName.of(null)).hasMessageContaining("must not be empty");
  }

  @Test
  void equalNamesAreEqualAndSortByText() {
    assertThat(TenantName.of("b")).isEqualTo(TenantName.of("b")).hasSameHashCodeAs(TenantName.of("b"));
    assertThat(TenantName.of("a")).isLessThan(TenantName.of("b"));
  }
}
