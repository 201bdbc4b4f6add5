package org.inversesuite.cli.molecules;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.inversesuite.data.io.DataFormatException;
import org.inversesuite.molecules.design.Condition;
import org.inversesuite.molecules.design.DesignerStore;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.design.MoleculeSet;
import org.inversesuite.molecules.io.ReadProblem;
import org.inversesuite.molecules.io.ReadResult;
import org.inversesuite.molecules.io.SdfReader;
import org.inversesuite.molecules.io.SmilesFileReader;
import org.inversesuite.molecules.logp.LogPMethod;

/** Reading molecule files and models for the molecules commands, with every problem reported. */
final class MoleculeInput {
  /** The default training set, relative to the repository root (the working directory). */
  static final String DEFAULT_DATA = "../shared/data/molecules/nci_first_5K.smi";
  /** The default model folder. */
  static final String DEFAULT_MODEL = "runs/molecules";
  /** Problems listed one per line before "and N more". */
  static final int LISTED = 10;

  private MoleculeInput() {}

  /** @return true for an SD file name (.sdf, .sd, .mol), false for SMILES */
  static boolean isSdf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".sdf") || name.endsWith(".sd") || name.endsWith(".mol");
  }

  /** Reads a SMILES or SD file (by extension) and prints its problems. */
  static ReadResult read(Path file, PrintStream out) {
    if (!Files.exists(file)) {
      throw new IllegalArgumentException("molecule file not found: " + file
          + (file.toString().equals(DEFAULT_DATA) ? " (the default; run from the repository root or give DATA)" : ""));
    }
    try {
      return isSdf(file) ? SdfReader.defaults().read(file) : SmilesFileReader.defaults().read(file);
    } catch (DataFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Builds the training molecules of a file and prints what was left out, with line and record numbers. */
  static MoleculeSet trainingSet(Path file, Condition condition, PrintStream out) {
    MoleculeSet set = MoleculeSet.of(read(file, out), condition, LogPMethod.WILDMAN_CRIPPEN.newCalculator());
    printProblems(set, out);
    if (set.size() == 0) {
      throw new IllegalArgumentException(file + ": no molecule can be used for training (" + set.summary() + ")");
    }
    return set;
  }

  /** Prints the summary and the first problems of a set. */
  static void printProblems(MoleculeSet set, PrintStream out) {
    out.println(set.summary());
    int shown = 0;
    for (ReadProblem p : set.skipped()) {
      if (shown++ == LISTED) {
        out.println("  ... and " + (set.skipped().size() - LISTED) + " more");
        break;
      }
      out.println("  " + p);
    }
  }

  /** Loads a model from a folder (its model.inn) or a file. */
  static MoleculeDesigner model(Path model) {
    Path file = Files.isDirectory(model) ? model.resolve("model.inn") : model;
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(Files.isDirectory(model) ? "model folder " + model
          + " has no model.inn (did its training finish?)" : "model not found: " + model
          + (model.toString().equals(DEFAULT_MODEL) ? " (train one first: inverse molecules train)" : ""));
    }
    return DesignerStore.load(file, 2);
  }

  /** Refuses to overwrite an existing output without --force. */
  static void checkWritable(Path target, boolean force) {
    if (Files.exists(target) && !force) {
      throw new IllegalArgumentException(target + " exists; use --force to overwrite it");
    }
  }
}
