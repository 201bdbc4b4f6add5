/**
 * The embedded aerodynamic solver. Start from {@link org.inversesuite.airfoil.solver.ViscousPanelSolver}
 * (an {@link org.inversesuite.airfoil.solver.AirfoilSolver}) with a
 * {@link org.inversesuite.airfoil.solver.SolverConfig} and a
 * {@link org.inversesuite.airfoil.solver.FlowCondition}; every
 * {@link org.inversesuite.airfoil.solver.AeroResult} carries a
 * {@link org.inversesuite.airfoil.solver.SolverStatus}. The inviscid part alone is
 * {@link org.inversesuite.airfoil.solver.PanelMethod}.
 *
 * <p>Physics, after XFOIL (Drela 1989): linear-vorticity panels (Katz &amp; Plotkin 2001) with
 * the Kutta condition; mass-defect transpiration coupling solved by Newton's method; laminar
 * layer by Thwaites (1949) or the two-equation method of Drela &amp; Giles (1987); transition by
 * the e^N envelope method or Michel (1951); turbulent layer and wake by Head's entrainment
 * method (1958); drag by Squire &amp; Young (1937). Near and past laminar separation the laminar
 * stations are solved in inverse mode, their mass defect being the Newton unknown
 * ({@link org.inversesuite.airfoil.solver.InverseLaminar}, as XFOIL's inverse march).
 * A polar is solved upward from angle to angle and swept back over the angles that did not
 * converge ({@link org.inversesuite.airfoil.solver.PolarSweep}).
 * Validation: docs/airfoil-validation.md.
 *
 * <p>Optional: {@link org.inversesuite.airfoil.solver.XfoilSolver} runs an installed XFOIL program
 * as a subprocess behind the same interface ({@link org.inversesuite.airfoil.solver.XfoilConfig}),
 * for users who have it; nothing in the suite requires it.
 */
package org.inversesuite.airfoil.solver;
