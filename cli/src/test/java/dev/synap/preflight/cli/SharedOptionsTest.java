package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synap.preflight.rules.config.ConfigException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The one {@code --rate-limit} form and the one {@code --progress} parser. */
class SharedOptionsTest {
  @Test
  void rateLimitIsWrittenPerMinuteAndABareNumberIsDeprecated() {
    StringWriter err = new StringWriter();
    PrintWriter w = new PrintWriter(err);
    assertThat(RateLimitOption.perMinute("600/min", w)).isEqualTo(600);
    assertThat(RateLimitOption.perMinute("0", w)).isZero();
    assertThat(RateLimitOption.perMinute("0/min", w)).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(RateLimitOption.perMinute("60", w)).isEqualTo(60);
    assertThat(err.toString())
        .isEqualTo(
            "preflight: --rate-limit 60: a bare number is deprecated, write 60/min (the same"
                + " limit)"
                + System.lineSeparator());
    for (String bad : new String[] {"fast", "-1", "-1/min", "60/s", ""}) {
      assertThatThrownBy(() -> RateLimitOption.perMinute(bad, w))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("--rate-limit");
    }
  }

  @Test
  void progressTakesAutoAlwaysNever() {
    assertThat(ProgressMode.parse("ALWAYS").shown(false)).isTrue();
    assertThat(ProgressMode.parse("never").shown(true)).isFalse();
    assertThat(ProgressMode.parse("auto").shown(true)).isTrue();
    assertThat(ProgressMode.parse("auto").shown(false)).isFalse();
    assertThatThrownBy(() -> ProgressMode.parse("sometimes"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("--progress takes auto, always or never, not 'sometimes'");
  }

  @Test
  void loadRollbackAndVerifyShareOneConnectionForm() {
    for (String command : new String[] {"load", "rollback", "verify"}) {
      CliRunner.Result help = CliRunner.run(command, "--help");
      assertThat(help.out())
          .as(command)
          .contains("--base-url=URL", "--api-key-file=FILE", "--memories-prefix=PATH")
          .contains("--rate-limit=N/min", "--request-timeout=SECONDS");
    }
  }
}
