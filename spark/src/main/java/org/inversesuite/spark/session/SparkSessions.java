package org.inversesuite.spark.session;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the {@link SparkSession} every job of this module runs in.
 *
 * <p>Under {@code spark-submit} the master comes from its {@code --master} (the system property
 * {@code spark.master}) and wins; otherwise the caller's master is used, {@code local[*]} by
 * default, so the embedded mode needs nothing installed. The UI is off (no port is opened),
 * shuffles use as many partitions as there are cores (the 200 default costs seconds on small
 * jobs), and Spark's own log level is WARN.
 */
public final class SparkSessions {
  /** The embedded default: every core of this machine. */
  public static final String LOCAL = "local[*]";

  private SparkSessions() {}

  /**
   * @param master a Spark master URL (local[n], spark://host:port, yarn, k8s://...); ignored when
   *     spark-submit already set one
   * @param appName the application name shown by the cluster manager
   * @return the session (an existing one is reused)
   */
  public static SparkSession start(String master, String appName) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (!conf.contains("spark.master")) {
      conf.setMaster(master == null || master.isBlank() ? LOCAL : master);
    }
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    conf.setIfMissing("spark.sql.shuffle.partitions", Integer.toString(Runtime.getRuntime().availableProcessors()));
    conf.setIfMissing("spark.sql.parquet.compression.codec", "snappy");
    // posterior outputs have dozens of columns; the default 25 makes Spark warn about truncated plans
    conf.setIfMissing("spark.sql.debug.maxToStringFields", "1000");
    conf.setIfMissing("spark.driver.host", conf.get("spark.master").startsWith("local") ? "127.0.0.1" : "");
    if (conf.get("spark.driver.host").isEmpty()) {
      conf.remove("spark.driver.host");
    }
    SparkSession session = SparkSession.builder().config(conf).getOrCreate();
    session.sparkContext().setLogLevel("WARN");
    return session;
  }
}
