/**
 * The {@code inverse} command: {@link org.inversesuite.cli.InverseCommand} is the only main.
 */
package org.inversesuite.cli;
