/**
 * The benchmark table of Kruse et al. 2021 (arXiv:2101.10763): a registry of methods
 * ({@link org.inversesuite.cli.table.MethodRegistry}), the tasks
 * ({@link org.inversesuite.cli.table.BenchmarkTask}), the scoring run against rejection ABC
 * ({@link org.inversesuite.cli.table.BenchmarkTableRun}), which stores each finished row
 * ({@link org.inversesuite.cli.table.RowStore}) and caches the ground truth
 * ({@link org.inversesuite.cli.table.GroundTruthCache}) so a run can be continued in pieces, and
 * the table files assembled from the finished rows ({@link org.inversesuite.cli.table.TableAssembly},
 * {@link org.inversesuite.cli.table.TableFiles}).
 */
package org.inversesuite.cli.table;
