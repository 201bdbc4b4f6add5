import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.design.DesignModel;
import org.inversesuite.airfoil.design.DesignPoint;
import org.inversesuite.airfoil.design.DesignSurrogate;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.surrogate.LiftDragSurrogate;
import org.inversesuite.airfoil.surrogate.SurrogateKind;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.random.Rng;

/**
 * How the cINN's fixed cost per design (the pool draw of 500 and the MLP order) falls with
 * repetition in a fresh process: REPEATS rounds of draw + order on one fixed target (C_l 0.66, L/D
 * 100, 4 deg, Re 1e6, t >= 0.11), each round on its own random stream, printed as the median of
 * each block of 10 rounds (docs/airfoil.md, "Part 6 (session 15)"):
 *   java --add-modules=jdk.incubator.vector -cp CLASSPATH docs/scripts/AirfoilDrawWarmup.java MODEL REPEATS
 */
public class AirfoilDrawWarmup {
  public static void main(String[] a) throws Exception {
    Path path = Path.of(a[0]);
    int repeats = Integer.parseInt(a[1]);
    DesignModel m = DesignModel.load(path, 2);
    LiftDragSurrogate mlp = DesignSurrogate.read(CinnStore.runMetadata(path), SurrogateKind.MLP).orElseThrow();
    DesignTarget t = new DesignTarget(4, 1e6, 0.66, 100, 0.11);
    Rng rng = new Rng(3);
    double[] draw = new double[10];
    double[] order = new double[10];
    System.out.println("rounds | draw ms, median of the block | MLP order ms, median of the block");
    for (int r = 0; r < repeats; r++) {
      long t0 = System.nanoTime();
      var pool = m.cinn().sample(t.condition(), 500, rng.stream(r));
      long t1 = System.nanoTime();
      List<DesignPoint> pts = new ArrayList<>();
      for (double[] x : pool.toRows()) {
        pts.add(new DesignPoint(x, m.space().upperCount(), t.alphaDegrees(), t.reynolds(),
            m.space().trailingEdgeThickness()));
      }
      long t2 = System.nanoTime();
      DesignSurrogate.byPredictedScore(mlp, pts, t);
      long t3 = System.nanoTime();
      draw[r % 10] = (t1 - t0) / 1e6;
      order[r % 10] = (t3 - t2) / 1e6;
      if (r % 10 == 9) {
        double[] d = draw.clone();
        double[] o = order.clone();
        Arrays.sort(d);
        Arrays.sort(o);
        System.out.printf(Locale.ROOT, "%d-%d | %.2f | %.2f%n", r - 8, r + 1, (d[4] + d[5]) / 2, (o[4] + o[5]) / 2);
      }
    }
    m.cinn().close();
  }
}
