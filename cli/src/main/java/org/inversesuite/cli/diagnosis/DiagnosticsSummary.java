package org.inversesuite.cli.diagnosis;

import java.time.Instant;
import java.util.List;

/**
 * The content of {@code diagnostics.json}: settings, the verdict, every per-parameter figure,
 * the joint figures (TARP, C2ST) and the curves behind the plots. Written by
 * {@code inverse diagnose} and read back by {@code inverse report}.
 *
 * @param problem the problem id
 * @param cases m, the simulated test cases
 * @param samplesPerCase L, posterior samples per case
 * @param seed the root seed of the "diagnostics" stream
 * @param createdUtc ISO-8601 time of the diagnosis
 * @param seconds its wall time
 * @param calibrated whether every parameter's SBC ECDF stays inside the simultaneous band
 * @param verdict one line for people
 * @param parameters one row per parameter
 * @param tarpArea ∫|ECP(α) − α| dα of TARP (0 is perfect)
 * @param tarpSignedArea ∫(ECP(α) − α) dα (negative: over-confident)
 * @param tarpMaxDeviation max |ECP(α) − α|
 * @param c2st the C2ST checks against rejection ABC
 * @param c2stNote their settings, or why there are none
 * @param curves the data of the plots
 */
public record DiagnosticsSummary(String problem, int cases, int samplesPerCase, long seed, String createdUtc,
    double seconds, boolean calibrated, String verdict, List<ParameterVerdict> parameters, double tarpArea,
    double tarpSignedArea, double tarpMaxDeviation, List<C2stCheck> c2st, String c2stNote, DiagnosticsCurves curves) {
  /** Copies the lists. */
  public DiagnosticsSummary {
    parameters = List.copyOf(parameters);
    c2st = List.copyOf(c2st);
  }

  /** @return the summary of a diagnosis, stamped now */
  public static DiagnosticsSummary of(Diagnosis d) {
    List<String> outside = d.outsideBand();
    long level = Math.round(100 * (1 - d.sbc().band().alpha()));
    int parameters = d.verdicts().size();
    String verdict;
    if (outside.isEmpty()) {
      verdict = "calibrated: the SBC ranks of every parameter stay inside the simultaneous " + level + "% band";
    } else {
      verdict = "NOT calibrated: the SBC ranks of " + String.join(", ", outside) + " leave the simultaneous " + level
          + "% band";
      if (outside.size() == 1 && parameters > 1) {
        double chance = 1 - Math.pow(1 - d.sbc().band().alpha(), parameters);
        verdict += String.format(java.util.Locale.ROOT, " (with %d parameters a calibrated posterior leaves one "
            + "band in up to %.0f%% of diagnoses: confirm with another --seed or more --cases)", parameters,
            100 * chance);
      }
    }
    return new DiagnosticsSummary(d.problem(), d.settings().cases(), d.settings().samples(), d.settings().seed(),
        Instant.now().toString(), d.seconds(), outside.isEmpty(), verdict, d.verdicts(), d.tarp().absoluteArea(),
        d.tarp().signedArea(), d.tarp().maxDeviation(), d.c2st(), d.c2stNote(),
        DiagnosticsCurves.of(d.sbc(), d.coverage(), d.tarp()));
  }
}
