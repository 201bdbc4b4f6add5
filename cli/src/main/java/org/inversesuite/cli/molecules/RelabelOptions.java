package org.inversesuite.cli.molecules;

import java.io.PrintStream;
import java.util.Locale;
import org.inversesuite.cli.progress.ProgressBar;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.molecules.relabel.RelabelTraining;
import org.inversesuite.molecules.relabel.RelabelledDesigns;
import org.inversesuite.molecules.relabel.Relabelling;
import picocli.CommandLine.Option;

/** The self-training options of {@code inverse molecules train} ({@link Relabelling}), and their progress output. */
public final class RelabelOptions {
  @Option(names = "--relabel-rounds", paramLabel = "R", defaultValue = "0",
      description = "after training, R rounds of self-training: draw designs, label each with the true logP of its "
          + "molecule, train on them too (default ${DEFAULT-VALUE}: none; logP condition only)")
  int rounds;

  @Option(names = "--relabel-designs", paramLabel = "N", defaultValue = "4000",
      description = "designs drawn per relabelling round, spread over the training logP range (default ${DEFAULT-VALUE})")
  int designs;

  @Option(names = "--relabel-steps", paramLabel = "S", defaultValue = "500",
      description = "training steps per relabelling round (default ${DEFAULT-VALUE})")
  int steps;

  @Option(names = "--relabel-share", paramLabel = "RHO", defaultValue = "0.5",
      description = "expected fraction of each batch drawn from the relabelled designs (default ${DEFAULT-VALUE})")
  double share;

  @Option(names = "--relabel-temperature", paramLabel = "T", defaultValue = "1.0",
      description = "latent temperature of the relabelled designs (default ${DEFAULT-VALUE})")
  double temperature;

  @Option(names = "--relabel-balance", paramLabel = "ALPHA", defaultValue = "0",
      description = "draw a relabelled design with weight (designs in its 0.5-wide logP bin)^-ALPHA, so rare true logP values "
          + "count as much as common ones at 1 (default ${DEFAULT-VALUE}: uniform)")
  double balance;

  /** @return the validated settings */
  Relabelling relabelling() {
    return new Relabelling(rounds, designs, steps, share, temperature, balance);
  }

  /**
   * A listener that shows one progress bar per training stage and prints each round's draw.
   * Close the previous bar with {@link Progress#close()}.
   */
  static final class Progress implements RelabelTraining.Listener, AutoCloseable {
    private final PrintStream out;
    private final boolean quiet;
    private ProgressBar bar;

    Progress(PrintStream out, boolean quiet) {
      this.out = out;
      this.quiet = quiet;
    }

    @Override
    public TrainingListener training(int round, int steps) {
      close();
      ProgressBar b = new ProgressBar(round == 0 ? "training" : "relabel round " + round, steps, "it", quiet);
      bar = b;
      return new TrainingListener() {
        private double validation = Double.NaN;

        @Override
        public void iteration(int iteration, double loss, double learningRate) {
          b.update(iteration + 1, String.format(Locale.ROOT, "nll %.1f val %.1f", loss, validation));
        }

        @Override
        public void validated(int iteration, double loss, boolean improved) {
          validation = loss;
        }
      };
    }

    @Override
    public void relabelled(RelabelledDesigns.Round r, int poolSize) {
      close();
      out.printf(Locale.ROOT, "relabel round %d: %d designs, %d valid, %.1f %% within ±0.5 of their target (MAE %.2f);"
          + " kept %d new novel molecules, pool %d%n", r.round(), r.drawn(), r.valid(), 100 * r.withinHalf(), r.meanAbsError(),
          r.kept(), poolSize);
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
