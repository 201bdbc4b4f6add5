/**
 * {@code inverse diagnose}: the calibration checks of a trained model on simulated test cases
 * (SBC, coverage, contraction, z-score, recovery, TARP, C2ST against rejection ABC), their files
 * and their verdict table. Start from {@link org.inversesuite.cli.diagnosis.DiagnosticsRunner}.
 */
package org.inversesuite.cli.diagnosis;
