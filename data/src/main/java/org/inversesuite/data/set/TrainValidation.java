package org.inversesuite.data.set;

import org.inversesuite.core.problem.Dataset;

/**
 * A data set split in two disjoint parts that together hold every row once.
 *
 * @param train the rows to fit on
 * @param validation the rows held out to measure generalisation
 */
public record TrainValidation(Dataset train, Dataset validation) {}
