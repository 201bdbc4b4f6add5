package org.inversesuite.spark.infer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import scala.Tuple2;

/**
 * The executor side of inference: loads the broadcast model once per partition (one sampling
 * thread: Spark runs one task per core) and turns each usable row into its summary row; a row
 * whose sampling fails, or gives non-finite samples, becomes an error row. Output pairs are
 * (true, posterior row) or (false, error row).
 */
final class InferenceTask implements FlatMapFunction<Iterator<CatalogueRow>, Tuple2<Boolean, Row>> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<ModelInfo> model;
  private final SummaryLayout layout;
  private final InferenceOptions options;

  InferenceTask(Broadcast<ModelInfo> model, SummaryLayout layout, InferenceOptions options) {
    this.model = model;
    this.layout = layout;
    this.options = options;
  }

  static Cinn load(ModelInfo info) {
    try {
      Path tmp = Files.createTempFile("inverse-model", ".inn");
      try {
        Files.write(tmp, info.bytes());
        return CinnStore.load(tmp, 1);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the broadcast model: " + e.getMessage(), e);
    }
  }

  @Override
  public Iterator<Tuple2<Boolean, Row>> call(Iterator<CatalogueRow> rows) {
    List<Tuple2<Boolean, Row>> out = new ArrayList<>();
    if (!rows.hasNext()) {
      return out.iterator();
    }
    Rng root = new Rng(options.seed());
    try (Cinn cinn = load(model.value())) {
      while (rows.hasNext()) {
        CatalogueRow r = rows.next();
        if (r.error() != null) {
          out.add(new Tuple2<>(false, error(r, r.error())));
          continue;
        }
        try {
          out.add(new Tuple2<>(true, posterior(r, cinn.sample(r.y(), options.samples(), root.stream(r.index())))));
        } catch (RuntimeException e) {
          out.add(new Tuple2<>(false, error(r, "sampling failed: " + e.getMessage())));
        }
      }
    }
    return out.iterator();
  }

  static Row error(CatalogueRow r, String reason) {
    return RowFactory.create(r.index(), r.id(), reason, r.raw());
  }

  private Row posterior(CatalogueRow r, Matrix x) {
    int n = x.rows();
    int d = x.cols();
    double[][] samples = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        samples[i][j] = x.get(i, j);
        if (!Double.isFinite(samples[i][j])) {
          throw new IllegalStateException("non-finite sample of " + layout.parameters().get(j));
        }
      }
    }
    double[] summary = layout.summarize(samples);
    List<Object> values = new ArrayList<>();
    values.add(r.index());
    values.add(r.id());
    for (double v : r.y()) {
      values.add(v);
    }
    for (double v : summary) {
      values.add(v);
    }
    if (options.keepSamples()) {
      for (int j = 0; j < d; j++) {
        double[] col = new double[n];
        for (int i = 0; i < n; i++) {
          col[i] = samples[i][j];
        }
        values.add(col);
      }
    }
    return RowFactory.create(values.toArray());
  }
}
