package dev.synap.preflight.spark;

import org.apache.spark.SparkConf;

/** Entry point of the job jar: {@code spark-submit ... preflight-spark.jar validate ...}. */
public final class SparkMain {
  private SparkMain() {}

  /**
   * The job's Spark configuration: the given master unless spark-submit set one, Java
   * serialization (the validator's records are Java records), no web UI in local mode, and a
   * driver bound to loopback in local mode.
   */
  public static SparkConf conf(SparkConf base, String master, int shufflePartitions) {
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
