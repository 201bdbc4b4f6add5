/**
 * The subcommands of {@code inverse}.
 */
package org.inversesuite.cli.command;
