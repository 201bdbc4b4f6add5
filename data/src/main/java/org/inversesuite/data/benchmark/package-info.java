/**
 * Built-in benchmark problems of Kruse et al. 2021: {@link org.inversesuite.data.benchmark.InverseKinematics} and
 * {@link org.inversesuite.data.benchmark.Ballistics}.
 */
package org.inversesuite.data.benchmark;
