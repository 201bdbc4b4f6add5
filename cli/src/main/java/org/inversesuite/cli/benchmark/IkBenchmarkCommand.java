package org.inversesuite.cli.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inverse benchmark ik}: the inverse-kinematics cINN (8 Glow blocks, width 128, batch 512)
 * timed with the protocol of the PyTorch reference script, in alternating fresh processes with
 * that script when it is given, and the ratios of the medians.
 */
@Command(name = "ik", mixinStandardHelpOptions = true,
    description = {"Time training and sampling of the inverse-kinematics cINN like ik_torch.py --mode throughput,",
        "in fresh processes, alternating with the PyTorch reference when --reference is given."},
    footer = {"", "Example (the reference needs python3-torch, python3-numpy and libopenblas0-pthread):",
        "  inverse benchmark ik --reference ../shared/reference/ik/ik_torch.py --rounds 3 --out ik-bench.json"})
public final class IkBenchmarkCommand implements Callable<Integer> {
  @Option(names = "--reference", paramLabel = "SCRIPT", description = "path of ik_torch.py to run side by side")
  Path reference;

  @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "Python interpreter (default ${DEFAULT-VALUE})")
  String python;

  @Option(names = "--rounds", defaultValue = "3", description = "alternating rounds (default ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--threads", defaultValue = "2", description = "Java threads (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--kernels", defaultValue = "FASTEST", description = "dense kernels: ${COMPLETION-CANDIDATES}")
  Kernels kernels;

  @Option(names = "--out", paramLabel = "FILE", description = "write all figures as JSON")
  Path out;

  @Option(names = "--child", hidden = true, description = "measure in this process and print one JSON line")
  boolean child;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (child) {
      System.out.println(Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(IkThroughput.measure(threads, kernels)));
      return 0;
    }
    if (reference != null && !Files.isRegularFile(reference)) {
      throw new IllegalArgumentException("reference script not found: " + reference);
    }
    List<JsonNode> java = new ArrayList<>();
    List<JsonNode> torch = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      System.err.printf(Locale.ROOT, "round %d/%d: Java (%s, %d threads)%n", r + 1, rounds, kernels, threads);
      java.add(runJavaChild());
      if (reference != null) {
        System.err.printf(Locale.ROOT, "round %d/%d: PyTorch reference%n", r + 1, rounds);
        torch.add(runReference());
      }
    }
    ObjectNode result = Json.mapper().createObjectNode();
    result.put("threads", threads);
    result.put("kernels", kernels.name());
    result.set("java", Json.mapper().valueToTree(java));
    result.set("pytorch", Json.mapper().valueToTree(torch));
    result.set("loadavg_after", Json.mapper().valueToTree(loadAverage()));
    printTable(java, torch);
    if (out != null) {
      AtomicFiles.write(out, Json.mapper().writeValueAsBytes(result));
      System.out.println("wrote " + out);
    }
    return 0;
  }

  private JsonNode runJavaChild() throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.inversesuite.cli.InverseCommand");
    cmd.addAll(List.of("benchmark", "ik", "--child", "--threads", Integer.toString(threads), "--kernels", kernels.name()));
    return runJson(new ProcessBuilder(cmd), "Java benchmark child");
  }

  private JsonNode runReference() throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(python, reference.toString(), "--mode", "throughput");
    return runJson(pb, "reference script " + reference);
  }

  private static JsonNode runJson(ProcessBuilder pb, String what) throws IOException, InterruptedException {
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    File tmp = File.createTempFile("inverse-bench", ".json");
    try {
      pb.redirectOutput(tmp);
      Process p = pb.start();
      if (!p.waitFor(20, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(what + " did not finish within 20 minutes");
      }
      String text = Files.readString(tmp.toPath(), StandardCharsets.UTF_8).trim();
      if (p.exitValue() != 0 || text.isEmpty()) {
        throw new IllegalStateException(what + " failed with exit code " + p.exitValue());
      }
      String last = text.startsWith("{") && text.endsWith("}") ? text : text.substring(text.lastIndexOf("\n{") + 1);
      return Json.mapper().readTree(last);
    } finally {
      Files.deleteIfExists(tmp.toPath());
    }
  }

  private static double median(List<JsonNode> rows, String field) {
    double[] v = rows.stream().mapToDouble(n -> n.path(field).asDouble(Double.NaN)).toArray();
    return v.length == 0 ? Double.NaN : IkThroughput.median(v);
  }

  private static void printTable(List<JsonNode> java, List<JsonNode> torch) {
    String[][] metrics = {
        {"training samples/s", "trainSamplesPerSecond", "train_samples_per_s_median", "higher"},
        {"sampling samples/s", "inferSamplesPerSecond", "infer_samples_per_s_median", "higher"},
        {"1000 posterior samples, ms", "posterior1000Millis", "posterior_1000_one_obs_ms_median", "lower"},
        {"peak RSS, MB", "peakRssBytes", "peak_rss_bytes", "lower"}};
    System.out.printf(Locale.ROOT, "%-28s %14s %14s %14s%n", "median over rounds", "Java", "PyTorch", "Java advantage");
    for (String[] m : metrics) {
      double scale = m[0].contains("MB") ? 1.0 / (1 << 20) : 1;
      double j = median(java, m[1]) * scale;
      double t = median(torch, m[2]) * scale;
      double ratio = m[3].equals("higher") ? j / t : t / j;
      System.out.printf(Locale.ROOT, "%-28s %14.1f %14.1f %13.2fx%n", m[0], j, t, ratio);
    }
  }

  private static double[] loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
    } catch (IOException | RuntimeException e) {
      return new double[0];
    }
  }
}
