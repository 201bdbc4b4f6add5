package org.inversesuite.core.tensor;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * What ND4J native build this process loaded. The suite ships only the
 * {@code linux-x86_64-onednn} build (conv2d 2-7x faster here than the plain one); asking for it
 * when it is missing falls back silently, so start-up checks the build info
 * (docs/ARCHITECTURE.md, BUILD-NOTES).
 *
 * @param backend the ND4J backend class
 * @param oneDnn whether the native library was built with oneDNN
 * @param ompThreads OpenMP threads ND4J uses
 */
public record Nd4jRuntime(String backend, boolean oneDnn, int ompThreads) {
  /** @return the loaded runtime; initialises ND4J (about half a second with a warm cache) */
  public static Nd4jRuntime detect() {
    String backend = Nd4j.getBackend().getClass().getSimpleName();
    String info = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
    int threads = Nd4j.getEnvironment().maxMasterThreads();
    return new Nd4jRuntime(backend, info != null && info.contains("HAVE_ONEDNN"), threads);
  }
}
