package org.inversesuite.cli.molecules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.inversesuite.cli.plot.LossCurvePlot;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.flow.ConditionNetworkConfig;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingResult;
import org.inversesuite.molecules.design.Condition;
import org.inversesuite.molecules.design.ContrastConfig;
import org.inversesuite.molecules.design.DesignConfig;
import org.inversesuite.molecules.design.DesignTraining;
import org.inversesuite.molecules.design.DesignerStore;
import org.inversesuite.molecules.design.LogPBalance;
import org.inversesuite.molecules.design.LogPCycle;
import org.inversesuite.molecules.design.MoleculeSet;
import org.inversesuite.molecules.design.RepresentationKind;
import org.inversesuite.molecules.design.TrainingAids;
import org.inversesuite.molecules.forward.ForwardError;
import org.inversesuite.molecules.relabel.RelabelTraining;
import org.inversesuite.molecules.relabel.Relabelling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse molecules train [DATA]}: trains a designer on a SMILES or SD file. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train a logP-conditioned cINN on the molecules of a SMILES or SD file and save it with its",
        "training molecules in a model folder (model.inn, loss.png, left-out.txt).",
        "Records that cannot be used are listed with their line and record numbers; the rest are used."},
    footer = {"", "Examples:", "  inverse molecules train", "  inverse molecules train my.smi --out runs/my-molecules",
        "  inverse molecules train compounds.sdf --weight --iterations 3000 --force"})
public final class MoleculesTrainCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DATA", defaultValue = MoleculeInput.DEFAULT_DATA,
      description = "SMILES (one per line, optional id) or SD file (.sdf/.sd/.mol); default ${DEFAULT-VALUE}")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = MoleculeInput.DEFAULT_MODEL,
      description = "model folder (default ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--force", description = "overwrite an existing model folder's files")
  boolean force;

  @Option(names = "--weight", description = "condition on the molecular weight too")
  boolean weight;

  @Option(names = "--iterations", description = "training steps (default: 1500)")
  Integer iterations;

  @Option(names = "--blocks", description = "coupling blocks (default: 6)")
  Integer blocks;

  @Option(names = "--hidden", description = "hidden width of each coupling subnet (default: 256)")
  Integer hidden;

  @Option(names = "--representation", description = "QUANTILE or ORDINAL (one column per position), LENGTH_QUANTILE (the length and one column per position) or ONE_HOT (default: ${DEFAULT-VALUE})",
      defaultValue = "QUANTILE")
  RepresentationKind representation;

  @Option(names = "--batch", description = "molecules per step (default: 128)")
  Integer batch;

  @Option(names = "--contrast", paramLabel = "LAMBDA", defaultValue = "0",
      description = "weight of the condition-contrast term: -log of the chance the flow picks the molecule's own logP among "
          + "--contrast-candidates conditions (default ${DEFAULT-VALUE}: maximum likelihood only)")
  double contrastWeight;

  @Option(names = "--contrast-candidates", paramLabel = "K", defaultValue = "8",
      description = "conditions per molecule in the contrast term, the true one included (default ${DEFAULT-VALUE})")
  int contrastCandidates;

  @Option(names = "--contrast-scale", paramLabel = "SIGMA", defaultValue = "1.0",
      description = "standard deviation of the wrong candidates' logP shift (default ${DEFAULT-VALUE})")
  double contrastScale;

  @Option(names = "--random-orders", paramLabel = "N", defaultValue = "0",
      description = "augment: also train on up to N SELFIES of each molecule written from random atom orders "
          + "(default ${DEFAULT-VALUE}: canonical strings only)")
  int randomOrders;

  @Option(names = "--cycle", paramLabel = "MU", defaultValue = "0",
      description = "weight of the logP cycle term: squared error of a differentiable ridge logP of designs drawn "
          + "through the inverse (default ${DEFAULT-VALUE}: none; QUANTILE and LENGTH_QUANTILE)")
  double cycleWeight;

  @Option(names = "--cycle-pairs", description = "cycle surrogate from symbols and adjacent symbol pairs instead of symbol "
      + "counts (LENGTH_QUANTILE only)")
  boolean cyclePairs;

  @Option(names = "--cycle-triples", description = "cycle surrogate from contiguous symbol triples, pairs and symbols "
      + "(ridge λ 10; LENGTH_QUANTILE only)")
  boolean cycleTriples;

  @Option(names = "--cycle-rows", paramLabel = "M", defaultValue = "16", description = "designs per cycle step (default ${DEFAULT-VALUE})")
  int cycleRows;

  @Option(names = "--cycle-interval", paramLabel = "S", defaultValue = "4", description = "steps between cycle steps (default ${DEFAULT-VALUE})")
  int cycleInterval;

  @Option(names = "--balance", paramLabel = "ALPHA", defaultValue = "0",
      description = "draw a molecule with weight (molecules in its 0.5-wide logP bin)^-ALPHA, so rare logP values are "
          + "trained on more often; 1 draws every bin equally (default ${DEFAULT-VALUE}: the data's own frequencies)")
  double balance;

  @Option(names = "--condition-noise", paramLabel = "SIGMA", defaultValue = "0",
      description = "add N(0, SIGMA²) noise to the logP condition of the training batches only (default ${DEFAULT-VALUE}: none)")
  double conditionNoise;

  @Option(names = "--subnet-depth", paramLabel = "L", description = "hidden layers of each coupling subnet (default: 1)")
  Integer subnetDepth;

  @Option(names = "--condition-features", paramLabel = "F", defaultValue = "0",
      description = "feed every coupling a learned embedding h(y) of F features (an MLP with two hidden layers of 64) "
          + "instead of the standardised logP (default ${DEFAULT-VALUE}: none)")
  int conditionFeatures;

  @Mixin
  RelabelOptions relabel = new RelabelOptions();

  @Option(names = "--seed", defaultValue = "1234", description = "the seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    if (!(conditionNoise >= 0) || Double.isInfinite(conditionNoise)) {
      throw new IllegalArgumentException("--condition-noise must be a finite number >= 0, got " + conditionNoise);
    }
    PrintStream stdout = System.out;
    Path model = out.resolve("model.inn");
    MoleculeInput.checkWritable(model, force);
    DesignConfig config = config();
    Relabelling relabelling = relabel.relabelling();
    ContrastConfig contrast = contrastWeight == 0 ? ContrastConfig.NONE
        : new ContrastConfig(contrastWeight, contrastCandidates, contrastScale);
    MoleculeSet set = MoleculeInput.trainingSet(data, config.condition(), stdout);
    RelabelTraining.Result relabelled;
    try (RelabelOptions.Progress progress = new RelabelOptions.Progress(stdout, quiet)) {
      relabelled = RelabelTraining.train(set, config, new TrainingAids(contrast, randomOrders,
          cycleWeight == 0 ? LogPCycle.NONE : new LogPCycle(cycleWeight, cycleRows, cycleInterval, 0.5, cycleTriples ? 3 : cyclePairs ? 2 : 1),
          new LogPBalance(balance, 0.5), conditionNoise), relabelling, progress);
    }
    DesignTraining.Trained trained = relabelled.trained();
    try (var designer = trained.designer()) {
      TrainingResult result = trained.result();
      ForwardError forward = ForwardError.of(designer.representation().alphabet(), trained.trainingSet(), trained.heldOut());
      ObjectNode extra = Json.mapper().createObjectNode();
      extra.put("data", data.toString());
      extra.set("config", Json.mapper().valueToTree(config));
      extra.set("contrast", Json.mapper().valueToTree(contrast));
      extra.put("randomOrders", randomOrders);
      extra.put("cycle", cycleWeight);
      extra.put("cyclePairs", cyclePairs);
      extra.put("cycleTriples", cycleTriples);
      extra.put("balance", balance);
      extra.put("conditionNoise", conditionNoise);
      extra.set("relabel", Json.mapper().valueToTree(relabelling));
      extra.set("relabelRounds", Json.mapper().valueToTree(relabelled.rounds()));
      extra.put("iterations", result.iterationsRun());
      extra.put("seconds", result.seconds());
      extra.put("validationNll", result.bestValidationLoss());
      extra.put("heldOut", trained.heldOut().size());
      extra.set("forward", Json.mapper().valueToTree(forward));
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + out + ": " + e.getMessage(), e);
      }
      DesignerStore.save(model, designer, extra);
      LossCurvePlot.save(out.resolve("loss.png"), result.history(), 0, "molecule cINN: NLL of standardised one-hot SELFIES");
      AtomicFiles.write(out.resolve("left-out.txt"), (set.withMaxLength(designer.representation().width()).skipped().stream()
          .map(Object::toString).collect(Collectors.joining("\n")) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      stdout.printf(Locale.ROOT, "%s in %.0f s; %d training molecules, %d held out; rows of %d symbols over %d (x has %d columns)%n",
          result.message(), result.seconds(), trained.trainingSet().size(), trained.heldOut().size(),
          designer.representation().width(), designer.representation().alphabet().size(), designer.representation().dimension());
      stdout.printf(Locale.ROOT, "validation NLL %.1f nats per molecule (standardised x)%n", result.bestValidationLoss());
      stdout.printf(Locale.ROOT, "forward logP from symbol counts, held-out: MAE %.3f, RMSE %.3f, r %.3f, R² %.3f (%d molecules);"
          + " R² %.3f on the training molecules; %.1f %% of held-out molecules within ±0.5%n", forward.mae(), forward.rmse(),
          forward.correlation(), forward.rSquared(), forward.molecules(), forward.trainingRSquared(), 100 * forward.withinHalf());
      if (cycleTriples) {
        SurrogateReport.triples(designer.representation().alphabet(), trained, stdout);
      }
      stdout.println("wrote " + out + " (model.inn, loss.png, left-out.txt)");
      stdout.println("next: inverse molecules generate --model " + out + " --logp 3.0 -n 100 -o out.sdf");
      return result.stopReason() == TrainingResult.StopReason.NON_FINITE ? 1 : 0;
    }
  }

  private DesignConfig config() {
    DesignConfig d = DesignConfig.defaults();
    TrainingConfig t = d.training().withSeed(seed);
    if (iterations != null) {
      t = t.withIterations(iterations);
    }
    if (batch != null) {
      t = t.withBatchSize(batch);
    }
    d = d.withTraining(t).withCondition(weight ? Condition.LOGP_AND_WEIGHT : Condition.LOGP).withRepresentation(representation);
    d = d.withArchitecture(blocks == null ? d.couplings() : blocks, hidden == null ? d.hiddenWidth() : hidden);
    if (subnetDepth != null) {
      d = d.withSubnetDepth(subnetDepth);
    }
    return conditionFeatures == 0 ? d
        : d.withConditionNetwork(new ConditionNetworkConfig(conditionFeatures, MlpConfig.of(64, 2, Activation.RELU)));
  }
}
