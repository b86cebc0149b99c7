package dev.synap.preflight.reports.html;

import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.model.Bucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of one SVG bar chart, computed in Java so the template only places numbers. The view
 * box is {@link #WIDTH} by {@link #HEIGHT}; labels turn 45° when there are many bars.
 *
 * @param bars the bars, in bucket order
 * @param rotateLabels whether the x labels are drawn slanted
 * @param max the largest count, the top of the scale
 */
public record Chart(List<Bar> bars, boolean rotateLabels, String max) {

  public static final int WIDTH = 640;
  public static final int HEIGHT = 260;
  static final int LEFT = 48;
  static final int RIGHT = 8;
  static final int TOP = 18;
  static final int PLOT_HEIGHT = 170;

  /**
   * One bar; coordinates are pre-formatted numbers for SVG attributes.
   *
   * @param label the bucket label (printable)
   * @param count the formatted count
   * @param x left edge
   * @param y top edge
   * @param width bar width
   * @param height bar height
   * @param labelX centre of the bar, for its labels
   * @param showValue whether the count is written above the bar (few bars only)
   */
  public record Bar(
      String label,
      String count,
      String x,
      String y,
      String width,
      String height,
      String labelX,
      boolean showValue) {}

  public boolean empty() {
    return bars.isEmpty();
  }

  /** Baseline y of the plot. */
  public String baseline() {
    return Integer.toString(TOP + PLOT_HEIGHT);
  }

  /** Top of the plot. */
  public String top() {
    return Integer.toString(TOP);
  }

  /** Left edge of the plot. */
  public String left() {
    return Integer.toString(LEFT);
  }

  /** Right edge of the plot. */
  public String right() {
    return Integer.toString(WIDTH - RIGHT);
  }

  /** Where x labels hang. */
  public String labelY() {
    return Integer.toString(TOP + PLOT_HEIGHT + 14);
  }

  public String viewBox() {
    return "0 0 " + WIDTH + " " + HEIGHT;
  }

  static Chart of(List<Bucket> buckets) {
    long max = 0;
    for (Bucket b : buckets) {
      max = Math.max(max, b.count());
    }
    int n = buckets.size();
    double slot = n == 0 ? 0 : (double) (WIDTH - LEFT - RIGHT) / n;
    double gap = Math.min(6, slot * 0.2);
    List<Bar> bars = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Bucket b = buckets.get(i);
      double h = max == 0 ? 0 : (double) Math.max(0, b.count()) * PLOT_HEIGHT / max;
      if (b.count() > 0 && h < 1) {
        h = 1;
      }
      double x = LEFT + i * slot + gap / 2;
      bars.add(
          new Bar(
              ReportText.printable(b.label()),
              HtmlView.number(b.count()),
              fmt(x),
              fmt(TOP + PLOT_HEIGHT - h),
              fmt(slot - gap),
              fmt(h),
              fmt(x + (slot - gap) / 2),
              n <= 16));
    }
    return new Chart(List.copyOf(bars), n > 8, HtmlView.number(max));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
