package org.inversesuite.astro.interior.inversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inversesuite.astro.interior.Composition;
import org.inversesuite.astro.interior.InteriorPriorConfig;
import org.inversesuite.astro.interior.InteriorSolver;
import org.inversesuite.astro.interior.InteriorSolverConfig;
import org.inversesuite.astro.interior.RefractoryRatio;
import org.inversesuite.astro.interior.database.DatabaseGenerator;
import org.inversesuite.astro.interior.database.DatabaseManifest;
import org.inversesuite.astro.interior.database.InteriorDatabase;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.infer.CinnTraining;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short training on a small database: the posterior of a planet built from a known
 * composition must contain it, exclude a composition of another radius, and be narrower than
 * the prior; the model file must read back and sample the same.
 */
class InteriorTrainingTest {
  @TempDir
  Path dir;

  @Test
  void posteriorOfAKnownPlanetContainsItsComposition() throws Exception {
    DatabaseManifest manifest = new DatabaseManifest(new InteriorPriorConfig(0.5, 10), InteriorSolverConfig.fast(),
        1000, 250, 11);
    new DatabaseGenerator(manifest, 2).generate(dir.resolve("db"), n -> { });
    InteriorDatabase db = InteriorDatabase.read(dir.resolve("db"));
    InteriorNoiseConfig noise = new InteriorNoiseConfig(0.03, 0.1, 0.01, 0.05, 0.5, 0.03, 0.1);
    InteriorCinnConfig model = new InteriorCinnConfig(4, MlpConfig.of(32, 2, Activation.RELU));
    TrainingConfig recipe = TrainingConfig.defaults().withIterations(800).withBatchSize(128)
        .withValidation(500, 500, 0).withThreads(2).withSeed(5);
    CinnTraining.Trained trained = InteriorCinnTraining.train(db, noise, model, recipe, new TrainingListener() { });
    InteriorExperimentConfig experiment = new InteriorExperimentConfig("test", manifest, noise, model, recipe);
    Path file = dir.resolve("interior.inn");
    InteriorModelFile.save(file, trained.cinn(), experiment, manifest);
    trained.cinn().close();

    Composition truth = new Composition(0.3, 0.5, 0.2);
    double mass = 3;
    double radius = new InteriorSolver(InteriorSolverConfig.fast()).solve(mass, truth).radius();
    PlanetObservation o = PlanetObservation.of("test b", mass, 0.05 * mass, radius, 0.02 * radius)
        .withFeSi(RefractoryRatio.feSi(truth), 0.05);
    try (InteriorModelFile m = InteriorModelFile.load(file, 2)) {
      assertEquals(experiment, m.experiment());
      CompositionPosterior p = InteriorInference.cinn(m, o, 2000, new Rng(9));
      double[] t = {truth.core(), truth.mantle(), truth.water()};
      List<String> names = CompositionPosterior.NAMES;
      for (int j = 0; j < 3; j++) {
        double lo = p.quantile(j, 0.025);
        double hi = p.quantile(j, 0.975);
        assertTrue(lo <= t[j] && t[j] <= hi, names.get(j) + " " + t[j] + " outside [" + lo + ", " + hi + "]");
        // the prior marginal Beta(1, 2) has a central 95 % interval of width 0.83
        assertTrue(hi - lo < 0.5, names.get(j) + " interval [" + lo + ", " + hi + "] is not narrower than the prior");
      }
      assertTrue(p.massNear(0.3, 0.5, 0.2, 0.15) > 0.2, "mass near the truth " + p.massNear(0.3, 0.5, 0.2, 0.15));
      assertTrue(p.massNear(0, 0, 1, 0.3) < 0.01, "a pure-water planet is far larger; mass near it "
          + p.massNear(0, 0, 1, 0.3));
      // the same latent draws give the same samples after a save and load
      assertEquals(p.samples().get(7, 0), InteriorInference.cinn(m, o, 2000, new Rng(9)).samples().get(7, 0), 0);
    }
    assertTrue(Json.mapper().writeValueAsString(experiment).contains("\"feSiFraction\""));
  }
}
