package org.inversesuite.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inversesuite.cli.diagnosis.C2stCheck;
import org.inversesuite.cli.diagnosis.DiagnosticsSummary;
import org.inversesuite.cli.diagnosis.ParameterVerdict;

/** The text sections of {@link HtmlReport}, each built from the files of the run that it needs. */
final class ReportSections {
  private static final Map<String, String> QUALITY_HEADERS = Map.of("mmd2", "MMD²", "resimulation",
      "re-simulation error", "ground_truth_half_mmd2", "ground truth half vs half MMD²", "ground_truth_resimulation",
      "ground truth re-simulation error", "ground_truth_samples", "ground truth samples");

  private ReportSections() {}

  static String overview(RunSources s) {
    List<String[]> rows = new ArrayList<>();
    s.metrics().ifPresent(m -> {
      JsonNode t = m.path("training");
      rows.add(new String[] {"training", HtmlReport.text(t.path("iterationsRun")) + " iterations, "
          + HtmlReport.text(t.path("stopReason")) + ", " + HtmlReport.text(t.path("seconds")) + " s"});
      rows.add(new String[] {"validation NLL", HtmlReport.text(m.path("validationNll")) + " nats per sample"});
      rows.add(new String[] {"1000 posterior samples", HtmlReport.text(m.path("sampleMillisPer1000")) + " ms"});
      rows.add(new String[] {"mean MMD² to ground truth", HtmlReport.text(m.path("mmd2Mean"))
          + " <span class=\"note\">(ground truth half against half: "
          + HtmlReport.text(m.path("groundTruthHalfMmd2Mean")) + ")</span>"});
      rows.add(new String[] {"mean re-simulation error", HtmlReport.text(m.path("resimulationMean"))});
    });
    s.diagnostics().ifPresent(d -> rows.add(new String[] {"calibration", Html.escape(d.verdict())}));
    if (rows.isEmpty()) {
      return "<p class=\"note\">No metrics.json: the run has not finished training.</p>\n";
    }
    return "<h2>Overview</h2>\n" + Html.keyValues(rows);
  }

  static String quality(RunSources s) {
    if (s.quality().size() < 2) {
      return "";
    }
    List<String> header = s.quality().get(0).stream().map(h -> QUALITY_HEADERS.getOrDefault(h, h)).toList();
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : s.quality().subList(1, s.quality().size())) {
      rows.add(r.stream().map(c -> Html.escape(Html.number(c))).toList());
    }
    return "<h2>Posterior quality against the ground truth</h2>\n<p class=\"note\">Per held-out observation: MMD² "
        + "between cINN and rejection-ABC samples (compare with the ground truth's half-against-half MMD², the "
        + "noise floor of the estimate) and the mean squared re-simulation error ‖f(x) − y*‖².</p>\n"
        + Html.table(header, rows);
  }

  static String diagnostics(RunSources s) {
    if (s.diagnostics().isEmpty()) {
      return "<h2>Calibration diagnostics</h2>\n<p class=\"note\">Not diagnosed yet: run <code>inverse diagnose "
          + Html.escape(s.folder().toString()) + "</code>.</p>\n";
    }
    DiagnosticsSummary d = s.diagnostics().get();
    StringBuilder sb = new StringBuilder("<h2>Calibration diagnostics</h2>\n");
    sb.append("<p>").append(Html.badge(d.calibrated() ? "calibrated" : "not calibrated", d.calibrated() ? "good"
        : "bad")).append(" ").append(Html.escape(d.verdict())).append("</p>\n");
    sb.append(String.format(Locale.ROOT, "<p class=\"note\">%d test cases x ~ prior, y ~ simulator; %d posterior "
        + "samples each; seed %d; %.1f s.</p>%n", d.cases(), d.samplesPerCase(), d.seed(), d.seconds()));
    List<List<String>> rows = new ArrayList<>();
    for (ParameterVerdict v : d.parameters()) {
      rows.add(List.of(Html.escape(v.name()), Html.badge(v.sbcInsideBand() ? "inside" : "outside",
          v.sbcInsideBand() ? "good" : "bad"), Html.number(v.sbcChiSquarePValue()), Html.number(v.calibrationError()),
          Html.number(v.contraction()), Html.number(v.zScoreMean()), Html.number(v.zScoreRms()),
          Html.number(v.recoveryR2()), Html.number(v.recoveryRmse())));
    }
    sb.append(Html.table(List.of("parameter", "SBC band", "χ² p", "calibration error", "contraction", "z mean",
        "z rms", "R²", "RMSE"), rows));
    sb.append("<p class=\"note\">Calibrated: SBC inside the band, calibration error near 0, z rms near 1. "
        + "Contraction: 1 = the data pin the parameter down, 0 = nothing learned beyond the prior.</p>\n");
    sb.append(String.format(Locale.ROOT, "<p>TARP (joint coverage): area %s, signed area %s, max deviation %s.</p>%n",
        Html.number(d.tarpArea()), Html.number(d.tarpSignedArea()), Html.number(d.tarpMaxDeviation())));
    if (d.c2st().isEmpty()) {
      sb.append("<p class=\"note\">").append(Html.escape(d.c2stNote())).append("</p>\n");
    } else {
      List<List<String>> c = new ArrayList<>();
      for (C2stCheck check : d.c2st()) {
        c.add(List.of(Integer.toString(check.observation()), Html.escape(check.y().stream()
            .map(Html::number).toList().toString()), Integer.toString(check.abcSamples()),
            Html.number(check.accuracy()), Html.number(check.floorAccuracy())));
      }
      sb.append("<p>Classifier two-sample test against rejection ABC (0.5 = indistinguishable):</p>\n")
          .append(Html.table(List.of("observation", "y*", "samples", "C2ST accuracy", "ABC half vs half"), c))
          .append("<p class=\"note\">").append(Html.escape(d.c2stNote())).append("</p>\n");
    }
    return sb.toString();
  }

  static String configuration(RunSources s) {
    if (s.config().isEmpty()) {
      return "";
    }
    JsonNode c = s.config().get();
    List<String[]> rows = new ArrayList<>();
    for (String key : List.of("name", "problem", "normalization", "checkpointInterval")) {
      rows.add(new String[] {key, HtmlReport.text(c.path(key))});
    }
    rows.add(new String[] {"flow", Html.escape(flowSummary(c.path("flow")))});
    flatten("training", c.path("training"), rows);
    flatten("evaluation", c.path("evaluation"), rows);
    return "<h2>Configuration</h2>\n" + Html.keyValues(rows) + "<details><summary>config.json</summary><pre>"
        + Html.escape(c.toPrettyString()) + "</pre></details>\n";
  }

  static String provenance(RunSources s) {
    if (s.provenance().isEmpty()) {
      return "";
    }
    List<String[]> rows = new ArrayList<>();
    flatten("", s.provenance().get(), rows);
    return "<h2>Provenance</h2>\n" + Html.keyValues(rows);
  }

  /** @return e.g. "4 → 2 · 8 × affine-coupling (GLOW, ATAN clamp 2, subnet 128-128 RELU), 8 × permutation" */
  static String flowSummary(JsonNode flow) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (JsonNode block : flow.path("blocks")) {
      String type = block.path("type").asText("?");
      JsonNode subnet = block.path("subnet");
      if (block.has("clamp")) {
        type += " (" + block.path("form").asText("") + ", " + block.path("clampActivation").asText("") + " clamp "
            + Html.number(block.path("clamp").asDouble()) + (subnet.isMissingNode() ? "" : ", subnet "
            + String.join("-", widths(subnet.path("hiddenWidths"))) + " " + subnet.path("activation").asText(""))
            + ")";
      }
      counts.merge(type, 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((type, n) -> parts.add(n + " × " + type));
    return flow.path("dimension").asText("?") + " parameters, " + flow.path("conditionDimension").asText("?")
        + " observed values · " + String.join(", ", parts);
  }

  private static List<String> widths(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(w -> out.add(w.asText()));
    return out;
  }

  private static void flatten(String prefix, JsonNode node, List<String[]> rows) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), rows);
      }
    } else if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(v -> items.add(v.isNumber() ? Html.number(v.asDouble()) : v.asText()));
      rows.add(new String[] {prefix, Html.escape(String.join(", ", items))});
    } else if (!node.isMissingNode()) {
      rows.add(new String[] {prefix, prefix.endsWith("Utc") ? Html.escape(HtmlReport.time(node.asText()))
          : HtmlReport.text(node)});
    }
  }
}
