/**
 * The plug-in interfaces every domain implements: {@link org.inversesuite.core.problem.Prior}, {@link org.inversesuite.core.problem.ForwardModel}, {@link org.inversesuite.core.problem.ObservationModel}, {@link org.inversesuite.core.problem.Simulator}, {@link org.inversesuite.core.problem.Dataset}; {@link org.inversesuite.core.problem.InverseProblem} combines them.
 */
package org.inversesuite.core.problem;
