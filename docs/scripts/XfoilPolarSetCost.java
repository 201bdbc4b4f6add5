import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inversesuite.airfoil.design.DesignPoint;
import org.inversesuite.airfoil.design.DesignSpace;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.io.CoordinateFormat;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.shape.ShapeAnalysis;
import org.inversesuite.airfoil.solver.XfoilPolarFile;
import org.inversesuite.core.random.Rng;

/**
 * XFOIL on the polar set of AirfoilPolarSetCost.java (the same design-space shapes: seed 5, stream
 * "design", invalid shapes skipped; each at its drawn Reynolds number; ten angles -2..7 deg).
 *
 * <pre>
 *   write DESIGNS PANELS ITER DIR   writes DIR/d&lt;i&gt;.dat and DIR/commands.txt: ONE xfoil session that,
 *                                   per shape, LOADs it, PPAR N PANELS, OPER, RE (VISC once), ITER,
 *                                   PACC d&lt;i&gt;.pol, ASEQ -2 7 1, PACC, PDEL 0 (a fresh BL per shape,
 *                                   as the embedded solver starts each polar from the inviscid flow)
 *   compare DIR POINTS              points XFOIL converged (the d&lt;i&gt;.pol files), and point by point
 *                                   against the POINTS file of AirfoilPolarSetCost.java
 * </pre>
 * Run by docs/scripts/xfoil_polar_set_cost.sh (docs/airfoil.md, session 11).
 */
public class XfoilPolarSetCost {
  public static void main(String[] a) throws IOException {
    if (a.length == 5 && a[0].equals("write")) {
      write(Integer.parseInt(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]), Path.of(a[4]));
    } else if (a.length == 3 && a[0].equals("compare")) {
      compare(Path.of(a[1]), Path.of(a[2]));
    } else {
      System.err.println("usage: write DESIGNS PANELS ITER DIR | compare DIR POINTS");
      System.exit(2);
    }
  }

  static void write(int designs, int panels, int iterations, Path dir) throws IOException {
    Files.createDirectories(dir);
    DesignSpace space = DesignSpace.defaults();
    Rng rng = new Rng(5);
    List<String> c = new ArrayList<>();
    List<String> index = new ArrayList<>();
    boolean first = true;
    for (int i = 0; i < designs; i++) {
      DesignPoint p = space.sample(rng.stream("design").stream(i));
      Airfoil f = p.airfoil("d" + i);
      if (!ShapeAnalysis.analyse(f).valid()) continue;
      AirfoilFiles.write(dir.resolve("d" + i + ".dat"), f.scaledToUnitChord(), CoordinateFormat.SELIG);
      index.add(String.format(Locale.ROOT, "%d %.0f", i, p.reynolds()));
      c.add("LOAD d" + i + ".dat");
      c.add("PPAR");
      c.add("N " + panels);
      c.add("");
      c.add("");
      c.add("OPER");
      if (first) {
        c.add(String.format(Locale.ROOT, "VISC %.0f", p.reynolds()));
        c.add("ITER " + iterations);
        first = false;
      } else {
        c.add(String.format(Locale.ROOT, "RE %.0f", p.reynolds()));
      }
      c.add("PACC");
      c.add("d" + i + ".pol");
      c.add("");
      c.add("ASEQ -2 7 1");
      c.add("PACC");
      c.add("PDEL 0");
      c.add("");
    }
    c.add("QUIT");
    Files.write(dir.resolve("commands.txt"), c);
    Files.write(dir.resolve("designs.txt"), index);
    System.out.println(index.size() + " shapes written to " + dir);
  }

  static void compare(Path dir, Path points) throws IOException {
    Map<String, double[]> ours = new HashMap<>();
    int oursConverged = 0;
    for (String line : Files.readAllLines(points)) {
      String[] t = line.trim().split("\\s+");
      if (t[3].equals("CONVERGED")) {
        ours.put(t[0] + " " + t[2], new double[] {Double.parseDouble(t[4]), Double.parseDouble(t[5])});
        oursConverged++;
      }
    }
    int shapes = 0;
    int xfoilConverged = 0;
    List<Double> dcl = new ArrayList<>();
    List<Double> dcd = new ArrayList<>();
    try (PrintWriter out = new PrintWriter(dir.resolve("compare.txt").toFile())) {
      for (String line : Files.readAllLines(dir.resolve("designs.txt"))) {
        String i = line.split(" ")[0];
        shapes++;
        List<XfoilPolarFile.Row> rows;
        try {
          Path pol = dir.resolve("d" + i + ".pol");
          rows = XfoilPolarFile.parse(pol.toString(), Files.readAllLines(pol));
        } catch (NoSuchFileException e) {
          rows = List.of();
        }
        for (XfoilPolarFile.Row r : rows) {
          xfoilConverged++;
          double[] o = ours.get(i + " " + Math.round(r.alpha()));
          if (o != null) {
            dcl.add(Math.abs(o[0] - r.cl()));
            dcd.add(Math.abs(o[1] - r.cd()) / r.cd());
            out.printf(Locale.ROOT, "%s %.0f %.4f %.4f %.5f %.5f%n", i, r.alpha(), r.cl(), o[0], r.cd(), o[1]);
          }
        }
      }
    }
    dcl.sort(null);
    dcd.sort(null);
    System.out.printf(Locale.ROOT, "%d polars: xfoil converged %d / %d points, ours %d / %d; both %d: |dCl| median %.4f, "
        + "95th %.4f, max %.4f; |dCd|/Cd median %.1f %%, 95th %.1f %%, max %.1f %%%n",
        shapes, xfoilConverged, 10 * shapes, oursConverged, 10 * shapes, dcl.size(), q(dcl, 0.5), q(dcl, 0.95),
        q(dcl, 1), 100 * q(dcd, 0.5), 100 * q(dcd, 0.95), 100 * q(dcd, 1));
  }

  private static double q(List<Double> v, double p) {
    return v.isEmpty() ? Double.NaN : v.get((int) Math.min(v.size() - 1, Math.floor(p * v.size())));
  }
}
