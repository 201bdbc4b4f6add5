package org.inversesuite.cli.imaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The markdown and CSV forms of the rows of {@code inverse imaging evaluate}. */
final class EvaluationTables {
  private EvaluationTables() {
  }

  /** @return one CSV line per row, with a header: image,sigma,method,psnr_db,ssim */
  static byte[] csv(List<EvaluationRow> rows) {
    StringBuilder s = new StringBuilder("image,sigma,method,psnr_db,ssim\n");
    for (EvaluationRow r : rows) {
      s.append(String.format(Locale.ROOT, "%s,%s,%s,%.4f,%.5f%n", r.image(), number(r.sigma()), r.method(), r.psnr(),
          r.ssim()));
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** @return a markdown table, one line per image and σ, one column "PSNR / SSIM" per method */
  static String markdown(List<EvaluationRow> rows) {
    List<String> methods = new ArrayList<>();
    Map<String, Map<String, EvaluationRow>> lines = new LinkedHashMap<>();
    for (EvaluationRow r : rows) {
      if (!methods.contains(r.method())) {
        methods.add(r.method());
      }
      lines.computeIfAbsent(r.image() + " | " + number(r.sigma()), k -> new LinkedHashMap<>()).put(r.method(), r);
    }
    StringBuilder s = new StringBuilder("| image | σ |");
    for (String m : methods) {
      s.append(' ').append(m).append(" PSNR (dB) / SSIM |");
    }
    s.append("\n|---|---|").append("---|".repeat(methods.size())).append('\n');
    for (Map.Entry<String, Map<String, EvaluationRow>> line : lines.entrySet()) {
      s.append("| ").append(line.getKey()).append(" |");
      for (String m : methods) {
        EvaluationRow r = line.getValue().get(m);
        s.append(r == null ? " - |" : String.format(Locale.ROOT, " %.2f / %.3f |", r.psnr(), r.ssim()));
      }
      s.append('\n');
    }
    return s.toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
