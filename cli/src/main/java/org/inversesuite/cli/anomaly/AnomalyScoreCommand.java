package org.inversesuite.cli.anomaly;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inversesuite.anomaly.detector.DetectorStore;
import org.inversesuite.anomaly.detector.FlowDetector;
import org.inversesuite.anomaly.table.TableSchema;
import org.inversesuite.anomaly.table.TextTable;
import org.inversesuite.cli.plot.Charts;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.io.DataFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse anomaly score MODEL DATA.csv -o scores.csv}: scores every row of a CSV file. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Score the rows of a CSV file with a trained detector. The file must have the training file's",
        "columns in the same order (a label column may be added and named with --label-column).",
        "Writes line, score (NLL in nats), latent_norm and flagged (score > threshold) per row,",
        "and a histogram of the scores beside the output (.png)."},
    footer = {"", "Example:", "  inverse anomaly score detector.invm new.csv -o scores.csv"})
public final class AnomalyScoreCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL", description = "model file from 'inverse anomaly fit'")
  Path model;

  @Parameters(index = "1", paramLabel = "DATA.csv", description = "rows to score")
  Path data;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "scores CSV to write")
  Path output;

  @Option(names = "--label-column", paramLabel = "NAME", description = "a column to ignore (e.g. the label)")
  String labelColumn;

  @Option(names = "--force", description = "overwrite FILE if it exists")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  /** The scores of one file. */
  record Scored(TextTable table, double[] scores, double[] latentNorms, double threshold) {}

  /** Loads the model and scores {@code data}, ignoring {@code ignored} columns. */
  static Scored score(Path model, Path data, Set<String> ignored) {
    DetectorStore.Stored stored = DetectorStore.load(model, 2);
    try (FlowDetector detector = stored.detector()) {
      TableSchema schema = stored.schema();
      if (schema == null) {
        throw new IllegalArgumentException(model + " was trained on a matrix, not a CSV file: it has no column schema");
      }
      TextTable table = LabelledInput.read(data);
      Matrix x;
      try {
        x = schema.encode(table, ignored);
      } catch (DataFormatException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      return new Scored(table, detector.score(x), detector.latentNorm(x), detector.threshold());
    }
  }

  @Override
  public Integer call() {
    LabelledInput.checkOutput(output, force);
    Scored s = score(model, data, LabelledInput.ignored(labelColumn));
    StringBuilder csv = new StringBuilder("line,score,latent_norm,flagged\n");
    int flagged = 0;
    for (int r = 0; r < s.scores().length; r++) {
      boolean f = s.scores()[r] > s.threshold();
      flagged += f ? 1 : 0;
      csv.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,%d%n", s.table().lines()[r], s.scores()[r], s.latentNorms()[r],
          f ? 1 : 0));
    }
    AtomicFiles.write(output, csv.toString().getBytes(StandardCharsets.UTF_8));
    Path png = output.resolveSibling(stripExtension(output.getFileName().toString()) + "-histogram.png");
    Charts.savePng(png, List.of(AnomalyPlots.histogram(s.scores(), null, s.threshold())));
    System.out.printf(Locale.ROOT, "%d of %d rows flagged (score > %.4f); wrote %s and %s%n", flagged, s.scores().length,
        s.threshold(), output, png);
    return 0;
  }

  static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
