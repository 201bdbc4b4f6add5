package org.inversesuite.cli.molecules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.molecules.design.Condition;
import org.inversesuite.molecules.evaluation.DecodedMolecule;
import org.inversesuite.molecules.io.SdfEntry;
import org.inversesuite.molecules.io.SdfWriter;

/** Writes generated molecules as SD or SMILES files and sums them up. */
final class GeneratedFiles {
  private GeneratedFiles() {}

  /**
   * Counts of a generated batch.
   *
   * @param valid valid molecules
   * @param distinct distinct valid molecules
   * @param novel distinct valid molecules not in the training set
   * @param meanLogP mean logP of the valid molecules
   * @param mae mean |logP − target|
   * @param within fraction within ±0.5 of the target
   */
  record Summary(int valid, int distinct, int novel, double meanLogP, double mae, double within) {}

  static Summary summarise(List<DecodedMolecule> decoded, Set<String> training, double target) {
    Set<String> distinct = new HashSet<>();
    int valid = 0;
    int within = 0;
    double sum = 0;
    double abs = 0;
    for (DecodedMolecule d : decoded) {
      if (d.valid()) {
        valid++;
        distinct.add(d.smiles());
        sum += d.logP();
        abs += Math.abs(d.logP() - target);
        within += Math.abs(d.logP() - target) <= 0.5 ? 1 : 0;
      }
    }
    int novel = (int) distinct.stream().filter(s -> !training.contains(s)).count();
    return new Summary(valid, distinct.size(), novel, sum / valid, abs / valid, (double) within / valid);
  }

  /**
   * @param accepted with window acceptance, how many of the list's first molecules were accepted inside the window
   * @param i a position in the list
   * @return whether molecule i was filled from outside the window (false without window acceptance)
   */
  static boolean filled(OptionalInt accepted, int i) {
    return accepted.isPresent() && i >= accepted.getAsInt();
  }

  private static String windowFlag(OptionalInt accepted, int i) {
    return filled(accepted, i) ? "filled" : "accepted";
  }

  /**
   * Writes the valid molecules: SD (with data fields) for .sdf/.sd/.mol names, else SMILES TAB id TAB logP. With window
   * acceptance ({@code accepted} present: the list's first {@code accepted} molecules lie inside the window, the rest were
   * filled), each molecule also carries "accepted" or "filled": a fourth column, or the SD field window_acceptance.
   */
  static void write(Path target, List<DecodedMolecule> decoded, Set<String> training, double[] y, Condition condition,
      OptionalInt accepted) {
    if (MoleculeInput.isSdf(target)) {
      List<SdfEntry> entries = new ArrayList<>();
      for (int i = 0; i < decoded.size(); i++) {
        DecodedMolecule d = decoded.get(i);
        if (!d.valid()) {
          continue;
        }
        SdfEntry e = new SdfEntry("generated-" + (i + 1), d.molecule(), Map.of())
            .withField("logP_WildmanCrippen", d.logP())
            .withField("molecular_weight", Condition.weight(d.molecule()))
            .withField("target_logP", y[0]);
        if (condition == Condition.LOGP_AND_WEIGHT) {
          e = e.withField("target_weight", y[1]);
        }
        e = e.withField("SMILES", d.smiles()).withField("SELFIES", d.selfies())
            .withField("novel", training.contains(d.smiles()) ? "no" : "yes");
        entries.add(accepted.isPresent() ? e.withField("window_acceptance", windowFlag(accepted, i)) : e);
      }
      SdfWriter.write(target, entries);
      return;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < decoded.size(); i++) {
      DecodedMolecule d = decoded.get(i);
      if (d.valid()) {
        b.append(d.smiles()).append('\t').append("generated-").append(i + 1).append('\t')
            .append(String.format(Locale.ROOT, "%.4f", d.logP()));
        if (accepted.isPresent()) {
          b.append('\t').append(windowFlag(accepted, i));
        }
        b.append('\n');
      }
    }
    AtomicFiles.write(target, b.toString().getBytes(StandardCharsets.UTF_8));
  }
}
