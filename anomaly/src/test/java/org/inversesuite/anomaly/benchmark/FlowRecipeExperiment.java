package org.inversesuite.anomaly.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inversesuite.anomaly.baseline.AnomalyScorer;
import org.inversesuite.anomaly.baseline.KernelDensity;
import org.inversesuite.anomaly.detector.FlowDetector;
import org.inversesuite.anomaly.detector.FlowDetectorConfig;
import org.inversesuite.anomaly.detector.FlowDetectorTraining;
import org.inversesuite.anomaly.metric.Auroc;
import org.inversesuite.anomaly.metric.ScoredLabels;
import org.inversesuite.core.train.TrainingListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Side-by-side flow recipes on the one-class protocol (exploration; prints and writes target/exp.csv). */
@Tag("benchmark")
class FlowRecipeExperiment {
  static FlowDetectorConfig parse(String spec) {
    Map<String, String> kv = new HashMap<>();
    for (String p : spec.split(",")) {
      if (!p.isBlank()) {
        String[] a = p.split("=");
        kv.put(a[0].strip(), a[1].strip());
      }
    }
    FlowDetectorConfig d = FlowDetectorConfig.defaults();
    return new FlowDetectorConfig(Integer.parseInt(kv.getOrDefault("couplings", "" + d.couplings())),
        Integer.parseInt(kv.getOrDefault("width", "" + d.hiddenWidth())), d.clamp(), Integer.parseInt(kv.getOrDefault("iters", "600")),
        Integer.parseInt(kv.getOrDefault("batch", "64")), Double.parseDouble(kv.getOrDefault("lr", "1e-3")),
        Double.parseDouble(kv.getOrDefault("wd", "1e-4")), d.validationFraction(), Integer.parseInt(kv.getOrDefault("members", "" + d.members())), d.falseAlarmRate(),
        Integer.parseInt(kv.getOrDefault("patience", "6")), true,
        kv.containsKey("ridge") ? List.of(TabularBenchmark.noise(kv.get("ridge").replace('/', ','), null))
            : d.whiteningRidges(),
        kv.containsKey("noise") ? List.of(TabularBenchmark.noise(kv.get("noise").replace('/', ','), null))
            : d.trainingNoise(),
        Boolean.parseBoolean(kv.getOrDefault("dequantize", "" + d.dequantize())), 1, 1);
  }

  @Test
  void recipes() throws IOException {
    String[] specs = System.getProperty("anomaly.exp.configs", "").split(";");
    int members = Integer.getInteger("anomaly.exp.members", 1);
    int seeds = Integer.getInteger("anomaly.seeds", 2);
    String tables = System.getProperty("anomaly.tables", "wine");
    String classesProp = System.getProperty("anomaly.classes", "");
    StringBuilder csv = new StringBuilder("table,class,seed,config,member,val_nll,auroc,auroc_norm,auroc_logmean,ridge,seconds\n");
    for (TabularSuite.Entry entry : TabularSuite.ENTRIES) {
      if (!List.of(tables.split(",")).contains(entry.name())) {
        continue;
      }
      LabelledTable table = TabularSuite.load(entry);
      List<Integer> classes = entry.normalClasses();
      if (!classesProp.isBlank()) {
        List<Integer> c = new ArrayList<>();
        for (String s : classesProp.split(",")) {
          if (classes.contains(Integer.parseInt(s))) {
            c.add(Integer.parseInt(s));
          }
        }
        classes = c;
      }
      for (int normal : classes) {
        for (long seed = 1; seed <= seeds; seed++) {
          OneClassSplit split = OneClassSplit.of(table, normal, 0.6, seed);
          try (AnomalyScorer kde = new KernelDensity().fit(split.train(), seed)) {
            double a = Auroc.of(new ScoredLabels(kde.score(split.test()), split.anomalous()));
            csv.append(String.format(Locale.ROOT, "%s,%d,%d,KDE,0,NaN,%.6f,NaN,NaN,NaN,0%n", entry.name(), normal, seed, a));
          }
          List<String> names = new ArrayList<>();
          for (int j = 0; j < split.train().cols(); j++) {
            names.add("f" + j);
          }
          for (String spec : specs) {
            FlowDetectorConfig cfg = parse(spec);
            double[][] memberScores = new double[members][];
            for (int m = 0; m < members; m++) {
              long t0 = System.nanoTime();
              FlowDetectorTraining.Trained t = FlowDetectorTraining.fit(split.train(), names,
                  cfg.withSeed(seed + 1000L * m), TrainingListener.NONE);
              try (FlowDetector det = t.detector()) {
                double[] s = det.score(split.test());
                double[] norm = det.latentNorm(split.test());
                double[] logMean = FlowDetector.logSpaceMean(det.memberScores(split.test()));
                memberScores[m] = s;
                double val = java.util.Arrays.stream(t.validationScores()).average().orElseThrow();
                double a = Auroc.of(new ScoredLabels(s, split.anomalous()));
                double an = Auroc.of(new ScoredLabels(norm, split.anomalous()));
                double kept = Auroc.of(new ScoredLabels(logMean, split.anomalous()));
                String line = String.format(Locale.ROOT, "%s,%d,%d,\"%s\",%d,%.5f,%.6f,%.6f,%.6f,%s,%.2f", entry.name(), normal,
                    seed, spec, m, val, a, an, kept, t.whiteningRidge(), (System.nanoTime() - t0) * 1e-9);
                System.out.println(line);
                csv.append(line).append('\n');
              }
            }
            if (members > 1) {
              double[] ens = FlowDetector.mixture(memberScores);
              double a = Auroc.of(new ScoredLabels(ens, split.anomalous()));
              String line = String.format(Locale.ROOT, "%s,%d,%d,\"%s\",-1,NaN,%.6f,NaN,NaN,NaN,0", entry.name(), normal, seed,
                  spec, a);
              System.out.println(line);
              csv.append(line).append('\n');
            }
          }
        }
      }
    }
    Files.writeString(Path.of(System.getProperty("anomaly.exp.out", "target/exp.csv")), csv);
  }
}
