/**
 * Built-in benchmark problems: {@link org.inversesuite.data.benchmark.InverseKinematics} (Kruse et al. 2021).
 */
package org.inversesuite.data.benchmark;
