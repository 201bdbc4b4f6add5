package org.inversesuite.cli.experiment;

import java.nio.file.Path;
import java.util.List;
import org.inversesuite.core.diagnostics.ObservationQuality;
import org.inversesuite.core.train.TrainingResult;

/**
 * What a finished run produced.
 *
 * @param folder the run folder
 * @param training the training result
 * @param validationNll final validation NLL per sample in nats (with all constants), NaN if none
 * @param quality posterior quality per held-out observation
 * @param mmd2Mean mean posterior MMD² against the ground truth
 * @param resimulationMean mean re-simulation error
 * @param groundTruthHalfMmd2Mean the MMD² noise floor of the ground truth
 * @param sampleMillisPer1000 milliseconds to draw 1000 posterior samples for one observation
 */
public record RunReport(Path folder, TrainingResult training, double validationNll, List<ObservationQuality> quality,
    double mmd2Mean, double resimulationMean, double groundTruthHalfMmd2Mean, double sampleMillisPer1000) {}
