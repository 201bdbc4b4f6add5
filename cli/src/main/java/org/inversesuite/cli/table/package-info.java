/**
 * The benchmark table of Kruse et al. 2021 (arXiv:2101.10763): a registry of methods
 * ({@link org.inversesuite.cli.table.MethodRegistry}), the tasks
 * ({@link org.inversesuite.cli.table.BenchmarkTask}), the scoring run against rejection ABC
 * ({@link org.inversesuite.cli.table.BenchmarkTableRun}) and its files
 * ({@link org.inversesuite.cli.table.TableFiles}).
 */
package org.inversesuite.cli.table;
