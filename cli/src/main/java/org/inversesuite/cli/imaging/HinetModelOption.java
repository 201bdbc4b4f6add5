package org.inversesuite.cli.imaging;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.inversesuite.imaging.stego.HinetModelFile;
import picocli.CommandLine.Option;

/** The {@code --model} option of hide and reveal (a picocli mixin). */
final class HinetModelOption {
  @Option(names = "--model", paramLabel = "FILE",
      description = "a HiNet model file (.invmodel, inverse-suite's versioned model format); default: the shipped model")
  Path model;

  /** @return the chosen model, announcing it on {@code err} */
  HinetModelFile.Loaded load(PrintWriter err) {
    HinetModelFile.Loaded loaded = model == null ? HinetModelFile.bundled() : HinetModelFile.read(model);
    err.println("note: model " + (model == null ? "shipped " + HinetModelFile.BUNDLED : model.toString()) + " ("
        + loaded.experiment().name() + ", " + loaded.experiment().network().blocks() + " couplings)");
    return loaded;
  }
}
