package dev.synap.preflight.spark.job;

import org.apache.spark.SparkConf;

/** The Spark configuration the job sets when spark-submit has not. */
public final class JobConf {
  private JobConf() {}

  /**
   * The job's Spark configuration: the given master unless spark-submit set one, no web UI and a
   * driver bound to loopback in local mode, and the default parallelism of the shuffles.
   */
  public static SparkConf of(SparkConf base, String master, int shufflePartitions) {
    SparkConf conf = base.setAppName(base.get("spark.app.name", "preflight validate"));
    if (master != null && !conf.contains("spark.master")) {
      conf.setMaster(master);
    }
    if (conf.get("spark.master", "").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    if (shufflePartitions > 0) {
      conf.setIfMissing("spark.default.parallelism", Integer.toString(shufflePartitions));
    }
    return conf;
  }
}
