/**
 * Speed benchmarks against the Python references.
 */
package org.inversesuite.cli.benchmark;
