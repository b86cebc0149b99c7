package dev.synap.preflight.spark;

import dev.synap.preflight.spark.job.JobConf;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One Spark context in {@code local[2]} for every test in the JVM (starting one takes seconds), on
 * loopback only, without a web UI.
 */
public final class LocalSpark {
  private static JavaSparkContext context;

  private LocalSpark() {}

  public static synchronized JavaSparkContext get() {
    if (context == null) {
      context = new JavaSparkContext(JobConf.of(new SparkConf(), "local[2]", 4));
      Runtime.getRuntime().addShutdownHook(new Thread(context::stop));
    }
    return context;
  }
}
