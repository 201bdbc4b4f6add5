package org.inversesuite.cli.anomaly;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.anomaly.metric.Auroc;
import org.inversesuite.anomaly.metric.AveragePrecision;
import org.inversesuite.anomaly.metric.FprAtRecall;
import org.inversesuite.anomaly.metric.ScoredLabels;
import org.inversesuite.cli.plot.Figure;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse anomaly evaluate MODEL DATA.csv --normal-label L -o DIR}: metrics and plots against labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Evaluate a detector on a labelled CSV file: AUROC, average precision, FPR at 95% recall, the",
        "confusion counts at the model's threshold, score histograms, ROC and precision-recall curves."},
    footer = {"", "Example:",
        "  inverse anomaly evaluate detector.invm test.csv --label-column label --normal-label benign -o eval"})
public final class AnomalyEvaluateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL", description = "model file from 'inverse anomaly fit'")
  Path model;

  @Parameters(index = "1", paramLabel = "DATA.csv", description = "labelled rows")
  Path data;

  @Option(names = "--label-column", defaultValue = "label", paramLabel = "NAME", description = "label column (default ${DEFAULT-VALUE})")
  String labelColumn;

  @Option(names = "--normal-label", required = true, paramLabel = "VALUE", description = "the label of normal rows")
  String normalLabel;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "folder for metrics.json and plots")
  Path output;

  @Option(names = "--force", description = "write into DIR even if it holds an evaluation")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    LabelledInput.checkOutput(output.resolve("metrics.json"), force);
    AnomalyScoreCommand.Scored s = AnomalyScoreCommand.score(model, data, LabelledInput.ignored(labelColumn));
    boolean[] anomalous = LabelledInput.anomalous(s.table(), labelColumn, normalLabel);
    ScoredLabels e = new ScoredLabels(s.scores(), anomalous);
    double auroc = Auroc.of(e);
    double ap = AveragePrecision.of(e);
    double fpr95 = FprAtRecall.of(e, 0.95);
    long tp = 0;
    long fp = 0;
    for (int i = 0; i < anomalous.length; i++) {
      boolean flagged = s.scores()[i] > s.threshold();
      tp += flagged && anomalous[i] ? 1 : 0;
      fp += flagged && !anomalous[i] ? 1 : 0;
    }
    ObjectNode m = Json.mapper().createObjectNode();
    m.put("auroc", auroc);
    m.put("averagePrecision", ap);
    m.put("fprAt95Recall", fpr95);
    m.put("threshold", s.threshold());
    m.put("anomalies", e.anomalies());
    m.put("normals", e.normals());
    m.put("truePositivesAtThreshold", tp);
    m.put("falsePositivesAtThreshold", fp);
    try {
      Files.createDirectories(output);
      AtomicFiles.write(output.resolve("metrics.json"),
          Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(m).getBytes(StandardCharsets.UTF_8));
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + output, ex);
    }
    new Figure("Flow detector on " + data.getFileName(), List.of(AnomalyPlots.histogram(s.scores(), anomalous,
        s.threshold()), AnomalyPlots.roc(e, auroc), AnomalyPlots.precisionRecall(e, ap)), 3, List.of())
        .save(output, "evaluation");
    System.out.printf(Locale.ROOT, "AUROC %.4f  AP %.4f  FPR@95%%recall %.4f%n", auroc, ap, fpr95);
    System.out.printf(Locale.ROOT, "at the threshold %.4f: recall %.3f, false-alarm rate %.3f%n", s.threshold(),
        tp / (double) e.anomalies(), fp / (double) e.normals());
    System.out.println("wrote " + output.resolve("metrics.json") + " and " + output.resolve("evaluation.png"));
    return 0;
  }
}
