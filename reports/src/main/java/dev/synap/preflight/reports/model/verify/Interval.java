package dev.synap.preflight.reports.model.verify;

/**
 * A mean with its percentile-bootstrap confidence interval.
 *
 * @param mean the mean, or null when no value was measured
 * @param low the interval's lower bound, or null
 * @param high the interval's upper bound, or null
 * @param n how many values the mean is over
 * @param level the confidence level, e.g. 0.95
 */
public record Interval(Double mean, Double low, Double high, int n, double level) {}
