package org.inversesuite.spark.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The session starts on Java 17 with the suite's Jackson (2.17, the BOM pin of
 * jackson-module-scala: 2.15 would refuse it with "Scala module 2.15 requires Jackson Databind
 * version >= 2.15.0 and < 2.16.0") and runs a job whose plan goes through Jackson (a JSON read).
 */
@ExtendWith(SharedSpark.class)
class SparkSessionsTest {
  @Test
  void startsAndRunsJsonJob(SparkSession spark) {
    Dataset<String> json = spark.createDataset(List.of("{\"a\": 1.5}", "{\"a\": 2.5}"), Encoders.STRING());
    Dataset<Row> rows = spark.read().json(json);
    assertEquals(4.0, rows.agg(org.apache.spark.sql.functions.sum("a")).first().getDouble(0), 0.0);
    assertEquals("3.5.8", spark.version());
    assertEquals(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
        com.fasterxml.jackson.module.scala.DefaultScalaModule$.MODULE$.version().toString(),
        "jackson-module-scala must match databind");
  }
}
