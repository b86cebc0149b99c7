package dev.synap.preflight.verifier.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synap.preflight.rules.config.Instance;
import org.junit.jupiter.api.Test;

class VisibilityTest {
  private static final DocumentScope ALICE = DocumentScope.of(Instance.B2B, "alice", "acme");
  private static final DocumentScope ACME = DocumentScope.of(Instance.B2B, null, "acme");
  private static final DocumentScope GLOBEX = DocumentScope.of(Instance.B2B, null, "globex");
  private static final DocumentScope CLIENT = DocumentScope.of(Instance.B2B, null, null);

  @Test
  void b2bDerivesScopesFromIds() {
    assertThat(ALICE).isEqualTo(new DocumentScope(ScopeLevel.USER, "alice", "acme"));
    assertThat(ACME.level()).isEqualTo(ScopeLevel.CUSTOMER);
    assertThat(CLIENT.level()).isEqualTo(ScopeLevel.CLIENT);
    assertThat(DocumentScope.of(Instance.B2B, "bob", null).level()).isEqualTo(ScopeLevel.REJECTED);
    assertThat(DocumentScope.of(Instance.B2B, " ", "")).isEqualTo(CLIENT);
  }

  @Test
  void b2cMakesAnyIdAUserScope() {
    assertThat(DocumentScope.of(Instance.B2C, "bob", null))
        .isEqualTo(new DocumentScope(ScopeLevel.USER, "bob", null));
    assertThat(DocumentScope.of(Instance.B2C, null, "carol"))
        .isEqualTo(new DocumentScope(ScopeLevel.USER, "carol", "carol"));
    assertThat(DocumentScope.of(Instance.B2C, null, null).level()).isEqualTo(ScopeLevel.CLIENT);
  }

  @Test
  void userFetchSeesOwnUserDocsItsCustomerAndClient() {
    QueryScope alice = QueryScope.user("alice", "acme");
    assertThat(Visibility.visible(alice, ALICE)).isTrue();
    assertThat(Visibility.visible(alice, ACME)).isTrue();
    assertThat(Visibility.visible(alice, CLIENT)).isTrue();
    assertThat(Visibility.visible(alice, GLOBEX)).isFalse();
    assertThat(Visibility.visible(QueryScope.user("bob", "acme"), ALICE)).isFalse();
  }

  @Test
  void customerFetchNeverSeesUserDocs() {
    assertThat(Visibility.visible(QueryScope.customer("acme"), ALICE)).isFalse();
    assertThat(Visibility.visible(QueryScope.customer("acme"), ACME)).isTrue();
    assertThat(Visibility.visible(QueryScope.customer("acme"), GLOBEX)).isFalse();
    assertThat(Visibility.visible(QueryScope.customer("acme"), CLIENT)).isTrue();
  }

  @Test
  void clientFetchSeesOnlyClientDocs() {
    assertThat(Visibility.visible(QueryScope.client(), ALICE)).isFalse();
    assertThat(Visibility.visible(QueryScope.client(), ACME)).isFalse();
    assertThat(Visibility.visible(QueryScope.client(), CLIENT)).isTrue();
  }

  @Test
  void rejectedDocumentsAreNeverVisible() {
    DocumentScope rejected = DocumentScope.of(Instance.B2B, "alice", null);
    assertThat(Visibility.visible(QueryScope.user("alice", "acme"), rejected)).isFalse();
    assertThat(Visibility.visible(QueryScope.user("alice", null), rejected)).isFalse();
  }

  @Test
  void b2cUserFetchWithoutCustomerSeesOwnDocs() {
    DocumentScope bob = DocumentScope.of(Instance.B2C, "bob", null);
    assertThat(Visibility.visible(QueryScope.user("bob", null), bob)).isTrue();
    assertThat(Visibility.visible(QueryScope.user("eve", null), bob)).isFalse();
    assertThat(Visibility.visible(QueryScope.customer("bob"), bob)).isFalse();
  }

  @Test
  void queryScopesRejectMissingOrExtraIds() {
    assertThatThrownBy(() -> QueryScope.user(null, "acme")).hasMessageContaining("user id");
    assertThatThrownBy(() -> QueryScope.customer(" ")).hasMessageContaining("customer id");
    assertThatThrownBy(() -> new QueryScope(ScopeLevel.CLIENT, "u", null))
        .hasMessageContaining("no ids");
  }
}
