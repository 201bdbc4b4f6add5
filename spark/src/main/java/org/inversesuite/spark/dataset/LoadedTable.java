package org.inversesuite.spark.dataset;

import java.util.List;

/**
 * Training data read from a table, with what was read.
 *
 * @param data the rows, x then y
 * @param xColumns the parameter columns, in order
 * @param yColumns the observation columns, in order
 * @param skipped rows left out: a status other than converged, or a non-finite value
 * @param source where the rows came from
 */
public record LoadedTable(MappedDataset data, List<String> xColumns, List<String> yColumns, long skipped,
    String source) {}
