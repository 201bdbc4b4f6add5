package org.inversesuite.anomaly.benchmark;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.inversesuite.anomaly.baseline.FlowMethod;
import org.inversesuite.anomaly.baseline.GaussianMixture;
import org.inversesuite.anomaly.baseline.IsolationForest;
import org.inversesuite.anomaly.baseline.KernelDensity;
import org.inversesuite.anomaly.baseline.OneClassMethod;
import org.inversesuite.anomaly.baseline.OneClassSvm;
import org.inversesuite.anomaly.detector.FlowDetectorConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The one-class benchmark of docs/anomaly.md: {@code mvn -Pbench -pl anomaly -am verify
 * -Dtest=TabularBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Danomaly.seeds=N}
 * and {@code -Danomaly.tables=wine,digits} shorten it. Writes target/anomaly-benchmark.md and .csv.
 */
@Tag("benchmark")
class TabularBenchmark {
  static List<OneClassMethod> methods() {
    FlowDetectorConfig d = FlowDetectorConfig.defaults();
    FlowDetectorConfig flow = d.withDropConstantColumns(true).withThreads(1)
        .withIterations(Integer.getInteger("anomaly.flow.iterations", d.iterations()))
        .withTrainingNoise(noise(System.getProperty("anomaly.flow.noise"), d.trainingNoise()))
        .withMembers(Integer.getInteger("anomaly.flow.members", d.members()))
        .withDequantize(Boolean.parseBoolean(System.getProperty("anomaly.flow.dequantize", "" + d.dequantize())))
        .withWhiteningRidges(noise(System.getProperty("anomaly.flow.ridge"), d.whiteningRidges()))
        .withArchitecture(Integer.getInteger("anomaly.flow.couplings", d.couplings()),
            Integer.getInteger("anomaly.flow.width", d.hiddenWidth()));
    return List.of(new FlowMethod(flow),
        new OneClassSvm(0.1), IsolationForest.defaults(), new GaussianMixture(2, 0.1), new KernelDensity());
  }

  /** @return the candidates of a comma-separated list such as "0,1" (noise factors, ridges), or {@code fallback} */
  static Double[] noise(String list, List<Double> fallback) {
    if (list == null) {
      return fallback.toArray(new Double[0]);
    }
    return Arrays.stream(list.split(",")).map(String::strip).map(Double::valueOf).toArray(Double[]::new);
  }

  @Test
  void oneClassTables() throws IOException {
    int seeds = Integer.getInteger("anomaly.seeds", 5);
    String tables = System.getProperty("anomaly.tables", "breast_cancer,digits,wine");
    List<Long> seedList = LongStream.rangeClosed(1, seeds).boxed().toList();
    List<BenchmarkResult> all = new ArrayList<>();
    for (TabularSuite.Entry entry : TabularSuite.ENTRIES) {
      if (!List.of(tables.split(",")).contains(entry.name())) {
        continue;
      }
      all.addAll(new OneClassBenchmark(0.6).run(TabularSuite.load(entry), entry.normalClasses(), methods(), seedList,
          r -> System.out.printf(Locale.ROOT, "%s class %s %s seed %d: AUROC %.3f AUPRC %.3f FPR95 %.3f (%.1f s)%n",
              r.dataset(), r.normalClass(), r.method(), r.seed(), r.auroc(), r.auprc(), r.fprAt95(), r.seconds())));
    }
    String md = BenchmarkReport.markdown(all);
    System.out.println(md);
    Files.writeString(Path.of("target/anomaly-benchmark.md"), md);
    Files.writeString(Path.of("target/anomaly-benchmark.csv"), BenchmarkReport.csv(all));
    assertFalse(all.isEmpty());
  }
}
