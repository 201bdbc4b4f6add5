package org.inversesuite.spark.simulate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.inversesuite.spark.problem.SimulationProblems;
import org.inversesuite.spark.problem.SimulationSpec;

/**
 * The executor side of a simulation: rebuilds the problem from the spec once per partition and
 * turns each block index it receives into its database rows (see {@link BlockSimulator}).
 * Serialised to the executors with the spec and the row count only.
 */
final class BlockTask implements FlatMapFunction<Iterator<Long>, Row> {
  private static final long serialVersionUID = 1L;

  private final SimulationSpec spec;
  private final long rows;
  private final StatusCounts counts;

  BlockTask(SimulationSpec spec, long rows, StatusCounts counts) {
    this.spec = spec;
    this.rows = rows;
    this.counts = counts;
  }

  @Override
  public Iterator<Row> call(Iterator<Long> blocks) {
    BlockSimulator simulator = new BlockSimulator(SimulationProblems.create(spec.problem(), spec.options()),
        spec.seed(), spec.blockRows(), rows);
    List<Row> out = new ArrayList<>();
    while (blocks.hasNext()) {
      SimulatedBlock b = simulator.simulate(blocks.next());
      for (int r = 0; r < b.size(); r++) {
        out.add(row(b, r));
        counts.add(b.status()[r]);
      }
    }
    return out.iterator();
  }

  static Row row(SimulatedBlock b, int r) {
    int dx = b.x()[r].length;
    int dy = b.y()[r].length;
    Object[] values = new Object[3 + dx + dy];
    values[0] = b.firstRow() + r;
    values[1] = b.block();
    for (int j = 0; j < dx; j++) {
      values[2 + j] = b.x()[r][j];
    }
    for (int j = 0; j < dy; j++) {
      values[2 + dx + j] = b.y()[r][j];
    }
    values[2 + dx + dy] = b.status()[r];
    return RowFactory.create(values);
  }
}
