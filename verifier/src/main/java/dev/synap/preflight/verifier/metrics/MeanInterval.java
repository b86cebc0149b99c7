package dev.synap.preflight.verifier.metrics;

/**
 * A mean with its bootstrap confidence interval.
 *
 * @param mean the sample mean (NaN with no values)
 * @param low lower bound of the interval
 * @param high upper bound
 * @param n how many values
 * @param level the confidence level, e.g. 0.95
 */
public record MeanInterval(double mean, double low, double high, int n, double level) {}
