/**
 * {@code inverse tune …}: settings of this machine that only a measurement can choose, such as the Vector API width
 * the kernels run at (timed on the user's own command, saved for the launcher).
 */
package org.inversesuite.cli.tune;
