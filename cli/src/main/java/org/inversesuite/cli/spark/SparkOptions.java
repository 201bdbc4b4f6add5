package org.inversesuite.cli.spark;

import org.apache.spark.sql.SparkSession;
import org.inversesuite.spark.session.SparkSessions;
import picocli.CommandLine.Option;

/** The options every Spark command shares: the master URL and stack traces. */
final class SparkOptions {
  @Option(names = "--master", paramLabel = "URL", defaultValue = SparkSessions.LOCAL,
      description = "Spark master: local[*] (default, embedded), local[n], spark://host:7077, yarn, k8s://...; "
          + "under spark-submit its --master wins")
  String master;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  SparkSession start(String app) {
    return SparkSessions.start(master, app);
  }
}
