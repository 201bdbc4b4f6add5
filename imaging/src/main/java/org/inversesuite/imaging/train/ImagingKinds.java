package org.inversesuite.imaging.train;

import java.util.List;
import org.inversesuite.core.experiment.ExperimentKind;
import org.inversesuite.imaging.denoise.InvdnExperiment;
import org.inversesuite.imaging.denoise.InvdnRun;
import org.inversesuite.imaging.stego.HinetExperiment;
import org.inversesuite.imaging.stego.HinetRun;
import org.inversesuite.imaging.winnet.WinnetExperiment;
import org.inversesuite.imaging.winnet.WinnetRun;

/** The experiment kinds of this module that {@code inverse train} runs: HiNet, InvDN, WINNet. */
public final class ImagingKinds {
  private ImagingKinds() {}

  /** @return the kinds, each marked by a field that no other kind's configs have */
  public static List<ExperimentKind<?>> all() {
    return List.of(
        new ImagingKind<>("HiNet steganography", "stegoNoise", HinetExperiment.class, HinetExperiment::name,
            HinetExperiment::iterations, HinetRun::run),
        new ImagingKind<>("InvDN denoiser", "backwardWeight", InvdnExperiment.class, InvdnExperiment::name,
            InvdnExperiment::iterations, InvdnRun::run),
        new ImagingKind<>("WINNet denoiser", "levels", WinnetExperiment.class, WinnetExperiment::name,
            WinnetExperiment::iterations, WinnetRun::run));
  }
}
