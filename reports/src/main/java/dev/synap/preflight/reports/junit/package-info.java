/**
 * {@code report.junit.xml}: the gate as JUnit XML, so any CI test-report view shows it.
 *
 * <p>One test suite {@code preflight.validate} with one test case per enabled rule. A rule with
 * findings at or above the gate's {@code failOn} severity fails and lists its first examples; lower
 * findings are listed in {@code <system-out>} of a passing case. An input that could not be read is
 * an {@code <error>} case of its own. Written with the JDK's StAX writer; all text passes through
 * {@link dev.synap.preflight.reports.ReportText#printable} first, because XML 1.0 cannot hold
 * control characters or lone surrogates at all.
 */
package dev.synap.preflight.reports.junit;
