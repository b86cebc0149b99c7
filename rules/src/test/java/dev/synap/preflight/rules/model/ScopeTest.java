package dev.synap.preflight.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Instance;
import org.junit.jupiter.api.Test;

class ScopeTest {
  @Test
  void b2cPutsAnyIdentityInUserScope() {
    assertThat(Scope.of(Instance.B2C, "u", "c")).isEqualTo(new Scope(Scope.Level.USER, "u", "c"));
    assertThat(Scope.of(Instance.B2C, null, "c")).isEqualTo(new Scope(Scope.Level.USER, "c", "c"));
    assertThat(Scope.of(Instance.B2C, "u", null)).isEqualTo(new Scope(Scope.Level.USER, "u", null));
    assertThat(Scope.of(Instance.B2C, " ", ""))
        .isEqualTo(new Scope(Scope.Level.CLIENT, null, null));
  }

  @Test
  void b2bTellsUserCustomerClientAndRejected() {
    assertThat(Scope.of(Instance.B2B, "u", "c").level()).isEqualTo(Scope.Level.USER);
    assertThat(Scope.of(Instance.B2B, null, "c"))
        .isEqualTo(new Scope(Scope.Level.CUSTOMER, null, "c"));
    assertThat(Scope.of(Instance.B2B, "u", " "))
        .isEqualTo(new Scope(Scope.Level.REJECTED, "u", null));
    assertThat(Scope.of(Instance.B2B, null, null).level()).isEqualTo(Scope.Level.CLIENT);
    assertThat(Scope.Level.CUSTOMER.id()).isEqualTo("customer");
  }
}
