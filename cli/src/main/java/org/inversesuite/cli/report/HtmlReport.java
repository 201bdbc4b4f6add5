package org.inversesuite.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inversesuite.cli.diagnosis.DiagnosticsFiles;
import org.inversesuite.cli.plot.CoveragePlot;
import org.inversesuite.cli.plot.EcdfDifferencePlot;
import org.inversesuite.cli.plot.RecoveryPlot;
import org.inversesuite.cli.plot.SbcRankPlot;
import org.inversesuite.cli.plot.TarpPlot;
import org.inversesuite.core.io.AtomicFiles;

/**
 * Builds {@value #FILE}, one page per run from the files in its folder: overview, config,
 * provenance, training curve, posterior quality, the diagnostics verdict and every plot. Images
 * are referenced by relative paths (not embedded), so the page is small, stays valid when the
 * folder is moved or archived as a whole, and always shows the plots as they are on disk. The
 * page has no scripts and loads nothing from the network.
 */
public final class HtmlReport {
  /** The report's file name inside the run folder. */
  public static final String FILE = "report.html";

  /** Diagnostic plots in page order, with what to read in them. */
  private static final Map<String, String> DIAGNOSTIC_PLOTS = orderedPlots();

  private HtmlReport() {}

  private static Map<String, String> orderedPlots() {
    var m = new java.util.LinkedHashMap<String, String>();
    m.put(SbcRankPlot.NAME + ".png", "SBC rank histograms: flat inside the grey band when calibrated; ∪ = too narrow, "
        + "∩ = too wide, sloped = biased.");
    m.put(EcdfDifferencePlot.NAME + ".png", "ECDF difference of the SBC ranks with the simultaneous band: a calibrated "
        + "parameter stays inside the band everywhere.");
    m.put(CoveragePlot.NAME + ".png", "Coverage of central credible intervals: on the diagonal when calibrated; "
        + "below = over-confident, above = under-confident.");
    m.put(TarpPlot.NAME + ".png", "TARP: joint coverage of the posterior; on the diagonal when calibrated.");
    m.put(RecoveryPlot.NAME + ".png", "Recovery: posterior means against the true values of the test cases.");
    m.put(DiagnosticsFiles.CORNER, "Corner plot of the posterior of test case 0; red = true parameters.");
    m.put(DiagnosticsFiles.CORNER_ABC, "Corner plot of the cINN posterior over rejection ABC for the first "
        + "reference observation.");
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Writes {@value #FILE} into {@code folder} atomically.
   *
   * @return the page written
   * @throws IllegalArgumentException if the folder does not exist or one of its JSON files is damaged
   */
  public static Path write(Path folder) {
    RunSources s = RunSources.read(folder);
    Set<String> shown = new LinkedHashSet<>();
    StringBuilder body = new StringBuilder();
    body.append(header(s));
    body.append(ReportSections.overview(s));
    body.append("<h2>Training</h2>\n").append(figure(s, shown, "loss.png", "Negative log-likelihood per sample "
        + "during training (training mean and validation)."));
    body.append(ReportSections.quality(s));
    for (String f : s.files()) {
      if (f.startsWith("posterior-arms-") && f.endsWith(".png")) {
        body.append(figure(s, shown, f, "Arm configurations of the cINN posterior (left) and of rejection ABC "
            + "(right) over the target point y*, observation " + f.replaceAll("\\D", "") + "."));
      }
    }
    body.append(ReportSections.diagnostics(s));
    String coverage = CoveragePlot.NAME + ".png";
    String tarp = TarpPlot.NAME + ".png";
    for (Map.Entry<String, String> e : DIAGNOSTIC_PLOTS.entrySet()) {
      if (e.getKey().equals(coverage)) {
        String pair = figure(s, shown, coverage, e.getValue()) + figure(s, shown, tarp, DIAGNOSTIC_PLOTS.get(tarp));
        body.append(pair.isEmpty() ? "" : "<div class=\"pair\">\n" + pair + "</div>\n");
      } else {
        body.append(figure(s, shown, e.getKey(), e.getValue()));
      }
    }
    StringBuilder other = new StringBuilder();
    for (String f : s.files()) {
      if (f.endsWith(".png") && !shown.contains(f)) {
        other.append(figure(s, shown, f, f));
      }
    }
    if (other.length() > 0) {
      body.append("<h2>Other plots</h2>\n").append(other);
    }
    body.append(ReportSections.configuration(s)).append(ReportSections.provenance(s)).append(files(s));
    String title = s.config().map(c -> c.path("name").asText("run")).orElse(folder.getFileName().toString());
    String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + Html.escape(title)
        + " – inverse report</title>\n<style>\n" + Html.STYLE + "</style>\n</head>\n<body>\n" + body
        + "</body>\n</html>\n";
    Path file = folder.resolve(FILE);
    AtomicFiles.write(file, page.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  private static String header(RunSources s) {
    String name = s.config().map(c -> c.path("name").asText("")).orElse("");
    String problem = s.config().map(c -> c.path("problem").asText("")).orElse("unknown problem");
    String created = s.provenance().map(p -> time(p.path("createdUtc").asText(""))).orElse("");
    String badge = s.diagnostics().map(d -> Html.badge(d.calibrated() ? "calibrated" : "not calibrated",
        d.calibrated() ? "good" : "bad")).orElse(Html.badge("not diagnosed", "none"));
    return "<h1>" + Html.escape(name.isEmpty() ? s.folder().getFileName().toString() : name) + " " + badge
        + "</h1>\n<p class=\"sub\">" + Html.escape(problem) + " · folder " + Html.escape(s.folder().getFileName()
        .toString()) + (created.isEmpty() ? "" : " · trained " + Html.escape(created)) + " · report "
        + Html.escape(time(Instant.now().toString())) + "</p>\n";
  }

  private static String figure(RunSources s, Set<String> shown, String file, String caption) {
    if (!s.has(file) || shown.contains(file)) {
      return "";
    }
    shown.add(file);
    String svg = file.replaceAll("\\.png$", ".svg");
    String html = Html.figure(file, caption);
    if (s.has(svg)) {
      html = html.replace("</figcaption>", " <a href=\"" + Html.escape(svg) + "\">SVG</a></figcaption>");
    }
    return html;
  }

  private static String files(RunSources s) {
    List<String> links = new ArrayList<>();
    for (String f : s.files()) {
      if (!f.equals(FILE)) {
        links.add("<a href=\"" + Html.escape(f) + "\">" + Html.escape(f) + "</a>");
      }
    }
    return "<h2>Files</h2>\n<p class=\"note\">" + String.join(" · ", links) + "</p>\n";
  }

  /** @return an ISO-8601 instant as "2026-11-29 18:26:29 UTC", anything else unchanged */
  static String time(String iso) {
    try {
      return Instant.parse(iso).truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", " UTC");
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }

  static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return "–";
    }
    return node.isNumber() ? Html.number(node.asDouble()) : Html.escape(node.asText());
  }
}
