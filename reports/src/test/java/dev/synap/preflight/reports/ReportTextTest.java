package dev.synap.preflight.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTextTest {

  @Test
  void printableKeepsOrdinaryTextIncludingPairsAndWhitespace() {
    String text = "Café 😀 tab\there\nline\r\nend 日本";
    assertThat(ReportText.printable(text)).isSameAs(text);
  }

  @Test
  void printableShowsControlsSurrogatesAndBidiControls() {
    assertThat(ReportText.printable("a\u0000b\u001fc\u007fd\u009fe"))
        .isEqualTo("a\\u0000b\\u001Fc\\u007Fd\\u009Fe");
    assertThat(ReportText.printable("x\ud83d")).isEqualTo("x\\uD83D");
    assertThat(ReportText.printable("\ude00x")).isEqualTo("\\uDE00x");
    assertThat(ReportText.printable("\ude00\ud83d")).isEqualTo("\\uDE00\\uD83D");
    assertThat(ReportText.printable("\u202Eabc\u2066")).isEqualTo("\\u202Eabc\\u2066");
    assertThat(ReportText.printable("\uffff\ufffe")).isEqualTo("\\uFFFF\\uFFFE");
    assertThat(ReportText.printable(null)).isEmpty();
  }

  @Test
  void oneLineAlsoShowsLineBreaks() {
    assertThat(ReportText.oneLine("a\nb\r\u2028c\u2029"))
        .isEqualTo("a\\u000Ab\\u000D\\u2028c\\u2029");
    assertThat(ReportText.oneLine("a\tb")).isEqualTo("a\tb");
  }

  @Test
  void severities() {
    assertThat(ReportText.atOrAbove("error", "error")).isTrue();
    assertThat(ReportText.atOrAbove("warning", "error")).isFalse();
    assertThat(ReportText.atOrAbove("warning", "warning")).isTrue();
    assertThat(ReportText.atOrAbove("info", "warning")).isFalse();
    assertThat(ReportText.atOrAbove("info", "info")).isTrue();
    assertThat(ReportText.atOrAbove("off", "info")).isFalse();
    assertThat(ReportText.atOrAbove(null, "info")).isFalse();
  }

  @Test
  void formatting() {
    assertThat(ReportText.bytes(0)).isEqualTo("0 B");
    assertThat(ReportText.bytes(1023)).isEqualTo("1023 B");
    assertThat(ReportText.bytes(1536)).isEqualTo("1.5 KiB");
    assertThat(ReportText.bytes(524_288)).isEqualTo("512.0 KiB");
    assertThat(ReportText.bytes(1_482_113)).isEqualTo("1.4 MiB");
    assertThat(ReportText.seconds(4_812)).isEqualTo("4.812 s");
    assertThat(ReportText.abbreviate("a😀bc", 2)).isEqualTo("a😀…");
    assertThat(ReportText.abbreviate("abc", 3)).isEqualTo("abc");
    assertThat(ReportText.perSecond(1_000_000, 95_250, "documents"))
        .isEqualTo("10,499 documents/s");
    assertThat(ReportText.perSecond(200, 41_700, "queries")).isEqualTo("4.8 queries/s");
    assertThat(ReportText.perSecond(2, 30_125, "queries")).isEqualTo("0.07 queries/s");
    assertThat(ReportText.perSecond(7, 0, "queries")).isEqualTo("— queries/s");
  }
}
