package dev.synap.preflight.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityMapTest {
  @TempDir Path dir;

  @Test
  void csvKnowsSourceAndMappedIds() throws IOException {
    Path csv = dir.resolve("ids.csv");
    Files.writeString(
        csv,
        "source_id,user_id,customer_id\nalice,acme:alice,acme\nbob,acme:bob,\n\n",
        StandardCharsets.UTF_8);
    IdentityMap map = IdentityMap.load(csv);
    assertThat(map.knowsUser("alice")).isTrue();
    assertThat(map.knowsUser("acme:bob")).isTrue();
    assertThat(map.knowsUser("carol")).isFalse();
    assertThat(map.knowsCustomer("acme")).isTrue();
    assertThat(map.knowsCustomer("globex")).isFalse();
    assertThat(map.users().get("bob").customerId()).isNull();
  }

  @Test
  void yamlUsersAndCustomers() throws IOException {
    Path yaml = dir.resolve("ids.yaml");
    Files.writeString(
        yaml,
        "users:\n  alice: {user_id: acme:alice, customer_id: acme}\n  bob: acme:bob\n"
            + "customers:\n  org_1: globex\n",
        StandardCharsets.UTF_8);
    IdentityMap map = IdentityMap.load(yaml);
    assertThat(map.knowsUser("bob")).isTrue();
    assertThat(map.knowsUser("acme:bob")).isTrue();
    assertThat(map.knowsCustomer("org_1")).isTrue();
    assertThat(map.knowsCustomer("globex")).isTrue();
    assertThat(map.knowsCustomer("acme")).isTrue();
  }

  @Test
  void badFilesNameTheProblem() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "user,customer\na,b\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> IdentityMap.load(csv))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("source_id");
    Path ragged = dir.resolve("ragged.csv");
    Files.writeString(ragged, "source_id,user_id\na,b,c\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> IdentityMap.load(ragged)).hasMessageContaining("line 2");
    Path yaml = dir.resolve("bad.yaml");
    Files.writeString(yaml, "people: {}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> IdentityMap.load(yaml)).hasMessageContaining("unknown key 'people'");
    assertThatThrownBy(() -> IdentityMap.load(dir.resolve("none.csv")))
        .hasMessageContaining("cannot read");
  }
}
