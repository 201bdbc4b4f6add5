package org.inversesuite.anomaly.tribuo;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.anomaly.AnomalyFactory;
import org.tribuo.anomaly.Event;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Conversions between suite matrices and Tribuo anomaly data sets. */
public final class TribuoTables {
  private TribuoTables() {}

  /**
   * @param x rows, shape [n, names.size()]
   * @param anomalous the truth per row (null: every row EXPECTED, i.e. training data)
   * @param names a feature name per column
   * @param description recorded in the data set's provenance
   * @return a Tribuo data set of anomaly events
   */
  public static MutableDataset<Event> dataset(Matrix x, boolean[] anomalous, List<String> names, String description) {
    AnomalyFactory factory = new AnomalyFactory();
    MutableDataset<Event> data = new MutableDataset<>(new SimpleDataSourceProvenance(description, factory), factory);
    String[] featureNames = names.toArray(new String[0]);
    for (int r = 0; r < x.rows(); r++) {
      double[] v = new double[x.cols()];
      for (int j = 0; j < v.length; j++) {
        v[j] = x.get(r, j);
      }
      Event e = anomalous != null && anomalous[r] ? AnomalyFactory.ANOMALOUS_EVENT : AnomalyFactory.EXPECTED_EVENT;
      data.add(new ArrayExample<>(e, featureNames, v));
    }
    return data;
  }

  /** @return the feature names of {@code map}, in id order */
  static List<String> names(ImmutableFeatureMap map) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < map.size(); i++) {
      out.add(map.get(i).getName());
    }
    return out;
  }

  /** @return the example as a dense row in the id order of {@code map}; absent features are 0 (Tribuo's sparse convention) */
  static double[] row(Example<Event> example, ImmutableFeatureMap map) {
    double[] v = new double[map.size()];
    for (Feature f : example) {
      int id = map.getID(f.getName());
      if (id >= 0) {
        v[id] = f.getValue();
      }
    }
    return v;
  }

  /** @return the EXPECTED examples of {@code data} as rows, in the id order of its feature map */
  static Matrix expectedRows(Dataset<Event> data) {
    ImmutableFeatureMap map = data.getFeatureIDMap();
    List<double[]> rows = new ArrayList<>();
    int index = 0;
    for (Example<Event> e : data) {
      if (e.getOutput().getType() != Event.EventType.EXPECTED) {
        throw new IllegalArgumentException("example " + index + " is " + e.getOutput().getType()
            + ": the flow is trained on normal (EXPECTED) events only");
      }
      rows.add(row(e, map));
      index++;
    }
    return Matrix.of(Precision.FLOAT64, rows.toArray(new double[0][]));
  }
}
