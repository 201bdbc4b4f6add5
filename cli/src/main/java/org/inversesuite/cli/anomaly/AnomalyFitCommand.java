package org.inversesuite.cli.anomaly;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inversesuite.anomaly.detector.DetectorStore;
import org.inversesuite.anomaly.detector.FlowDetector;
import org.inversesuite.anomaly.detector.FlowDetectorConfig;
import org.inversesuite.anomaly.detector.FlowDetectorTraining;
import org.inversesuite.anomaly.table.CategoricalPolicy;
import org.inversesuite.anomaly.table.TableSchema;
import org.inversesuite.anomaly.table.TextTable;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.config.Provenance;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.data.io.DataFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse anomaly fit DATA.csv -o MODEL}: trains a flow detector on the normal rows of a CSV file. */
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = {"Train a flow detector on normal rows: an ensemble of cross-fitted flows;",
        "score = the NLL of the members' mixture; threshold at a target false-alarm rate",
        "on the out-of-fold scores of the normal rows. Every column but the label column is an input."},
    footer = {"", "Examples:", "  inverse anomaly fit normal.csv -o detector.invm",
        "  inverse anomaly fit plant.csv --label-column state --normal-label ok --one-hot -o detector.invm"})
public final class AnomalyFitCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DATA.csv", description = "CSV file with a header line")
  Path data;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL", description = "model file to write")
  Path output;

  @Option(names = "--label-column", paramLabel = "NAME",
      description = "column holding the class; not an input (default: 'label' when --normal-label is given)")
  String labelColumn;

  @Option(names = "--normal-label", paramLabel = "VALUE", description = "train on the rows with this label only")
  String normalLabel;

  @Option(names = "--one-hot", description = "one-hot encode text columns instead of refusing them")
  boolean oneHot;

  @Option(names = "--drop-constant", description = "drop columns constant in the normal rows instead of refusing them")
  boolean dropConstant;

  @Option(names = "--false-alarm-rate", defaultValue = "0.05", description = "target false-alarm rate (default ${DEFAULT-VALUE})")
  double falseAlarmRate;

  @Option(names = "--iterations", defaultValue = "600", description = "maximum training steps (default ${DEFAULT-VALUE})")
  int iterations;

  @Option(names = "--members", defaultValue = "5",
      description = "cross-fitted flows in the ensemble; 1: one flow with 20%% of the rows held out (default ${DEFAULT-VALUE})")
  int members;

  @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--force", description = "overwrite MODEL if it exists")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    LabelledInput.checkOutput(output, force);
    String label = labelColumn == null && normalLabel != null ? "label" : labelColumn;
    TextTable table = LabelledInput.read(data);
    if (normalLabel != null) {
      table = LabelledInput.rows(table, LabelledInput.anomalous(table, label, normalLabel), false);
    }
    Set<String> ignored = LabelledInput.ignored(label);
    TableSchema schema;
    Matrix x;
    try {
      schema = TableSchema.infer(table, ignored, oneHot ? CategoricalPolicy.ONE_HOT : CategoricalPolicy.REFUSE);
      x = schema.encode(table, ignored);
    } catch (DataFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    FlowDetectorConfig config = FlowDetectorConfig.defaults().withIterations(iterations).withSeed(seed)
        .withFalseAlarmRate(falseAlarmRate).withDropConstantColumns(dropConstant).withMembers(members);
    System.out.printf(Locale.ROOT, "training on %d normal rows, %d features%n", x.rows(), x.cols());
    FlowDetectorTraining.Trained t = FlowDetectorTraining.fit(x, schema.featureNames(), config, TrainingListener.NONE);
    try (FlowDetector detector = t.detector()) {
      ObjectNode provenance = Json.mapper().createObjectNode();
      provenance.set("suite", Json.mapper().valueToTree(Provenance.current(seed, fingerprint(data))));
      provenance.set("config", Json.mapper().valueToTree(config));
      provenance.put("data", data.getFileName().toString());
      provenance.put("normalRows", x.rows());
      provenance.put("training", t.result().message());
      DetectorStore.save(output, detector, schema, provenance);
      System.out.println(t.result().message());
      if (!detector.droppedFeatures().isEmpty()) {
        System.out.println("dropped constant columns: " + detector.droppedFeatures());
      }
      System.out.printf(Locale.ROOT, "threshold %.4f (NLL, nats) for a %.1f%% false-alarm rate on %d held-out%s rows%n",
          detector.threshold(), 100 * falseAlarmRate, t.validationScores().length, members > 1 ? " (out-of-fold)" : "");
      System.out.println("wrote " + output);
    }
    return 0;
  }

  static String fingerprint(Path file) {
    try {
      return Provenance.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
