package org.inversesuite.spark.infer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.spark.session.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class InferenceJobTest {
  @TempDir
  Path dir;

  private static final String CSV = String.join("\n", "id,y_h,y_v,note",
      "a,1.7,-1.3,0", "b,1.2,0.4,0", "c,NaN,0.1,0", "d,1.0,0.2", "e,abc,0.2,0", "f,0.9,-0.2,0", "g,0.5,Infinity,0") + "\n";

  @Test
  void everyRowGetsItsPosteriorOrAReasonAndSummariesMatchTheModel(SparkSession spark) throws IOException {
    ModelInfo model = TestModels.ik(dir);
    Path csv = Files.writeString(dir.resolve("catalogue.csv"), CSV);
    InferenceOptions options = new InferenceOptions(200, new double[] {0.1, 0.9}, new double[] {0.9}, true, 11, 3);
    InferenceResult r = new InferenceJob(spark).run(model, csv.toString(), dir.resolve("out").toString(), options, false);
    assertEquals(7, r.rows());
    assertEquals(3, r.summarized());
    assertEquals(4, r.errors());

    Map<String, String> reasons = new HashMap<>();
    for (Row e : spark.read().parquet(dir.resolve("out/errors").toString()).collectAsList()) {
      reasons.put(e.getString(1), e.getString(2));
    }
    assertTrue(reasons.get("c").contains("line 4") && reasons.get("c").contains("y_h is NaN"), reasons.get("c"));
    assertTrue(reasons.get("d").contains("has 3 fields, the header has 4"), reasons.get("d"));
    assertTrue(reasons.get("e").contains("not a number: 'abc'"), reasons.get("e"));
    assertTrue(reasons.get("g").contains("y_v is Infinity"), reasons.get("g"));

    SummaryLayout layout = new SummaryLayout(model.parameters(), options.quantiles(), options.levels());
    List<Row> posterior = spark.read().parquet(dir.resolve("out/posterior").toString()).collectAsList();
    try (Cinn cinn = InferenceTask.load(model)) {
      for (Row p : posterior) {
        long index = p.getLong(0);
        double[] y = {p.getDouble(2), p.getDouble(3)};
        Matrix x = cinn.sample(y, 200, new Rng(11).stream(index));
        double[][] s = new double[200][4];
        for (int i = 0; i < 200; i++) {
          for (int j = 0; j < 4; j++) {
            s[i][j] = x.get(i, j);
          }
        }
        double[] expected = layout.summarize(s);
        double[] got = new double[expected.length];
        for (int k = 0; k < got.length; k++) {
          got[k] = p.getDouble(4 + k);
        }
        assertArrayEquals(expected, got, 0.0, "row " + p.getString(1));
        List<Double> kept = p.getList(4 + expected.length);
        assertEquals(200, kept.size());
        assertEquals(s[17][0], kept.get(17), 0.0);
      }
    }
  }

  @Test
  void resultsDoNotDependOnThePartitioning(SparkSession spark) throws IOException {
    ModelInfo model = TestModels.ik(dir);
    Path csv = Files.writeString(dir.resolve("catalogue.csv"), CSV);
    InferenceJob job = new InferenceJob(spark);
    job.run(model, csv.toString(), dir.resolve("p1").toString(),
        new InferenceOptions(50, new double[] {0.5}, new double[0], false, 3, 1), false);
    job.run(model, csv.toString(), dir.resolve("p4").toString(),
        new InferenceOptions(50, new double[] {0.5}, new double[0], false, 3, 4), false);
    assertEquals(sorted(spark, dir.resolve("p1/posterior")), sorted(spark, dir.resolve("p4/posterior")));
  }

  private static List<Row> sorted(SparkSession spark, Path p) {
    List<Row> rows = new java.util.ArrayList<>(spark.read().parquet(p.toString()).collectAsList());
    rows.sort(java.util.Comparator.comparingLong(r -> r.getLong(0)));
    return rows;
  }

  @Test
  void refusesMissingColumnsAndExistingOutput(SparkSession spark) throws IOException {
    ModelInfo model = TestModels.ik(dir);
    Path csv = Files.writeString(dir.resolve("wrong.csv"), "id,h,y_x\n1,2,3\n");
    InferenceJob job = new InferenceJob(spark);
    var e = assertThrows(IllegalArgumentException.class, () -> job.run(model, csv.toString(),
        dir.resolve("o").toString(), InferenceOptions.defaults(1), false));
    assertTrue(e.getMessage().contains("no column y_y_h or y_h"), e.getMessage());
    Files.createDirectories(dir.resolve("full"));
    Files.writeString(dir.resolve("full/keep.txt"), "x");
    var e2 = assertThrows(IllegalArgumentException.class, () -> job.run(model, csv.toString(),
        dir.resolve("full").toString(), InferenceOptions.defaults(1), false));
    assertTrue(e2.getMessage().contains("--force"), e2.getMessage());
  }
}
