package dev.synap.preflight.validator.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrefixIdTest {
  private static final Profile GENERIC = Profiles.resolve("generic");

  private static String find(String prefix, Profile p) {
    return PrefixId.find(prefix.getBytes(StandardCharsets.UTF_8), p);
  }

  @Test
  void findsStringAndNumberIdsNearTheStart() {
    assertThat(find("{\"id\":\"huge\",\"content\":\"xxxx", GENERIC)).isEqualTo("huge");
    assertThat(find("{ \"user_id\": \"u\", \"id\" : 42, \"content\":\"x", GENERIC)).isEqualTo("42");
    assertThat(find("{\"document_id\":\"d-1\",\"document\":\"x", Profiles.resolve("synap")))
        .isEqualTo("d-1");
  }

  @Test
  void ignoresLookalikesAndCutValues() {
    assertThat(find("{\"content\":\"the \\\"id\\\":\\\"fake\\\" inside", GENERIC)).isNull();
    assertThat(find("{\"user_id\":\"u\",\"content\":\"x", GENERIC)).isNull();
    assertThat(find("{\"id\":\"cut off her", GENERIC)).isNull();
    assertThat(PrefixId.find(new byte[0], GENERIC)).isNull();
  }
}
