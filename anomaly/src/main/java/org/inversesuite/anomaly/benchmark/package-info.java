/**
 * The one-class benchmark on labelled tables: each class in turn is "normal", every method is
 * fitted to part of it and scores the rest of it against all rows of the other classes.
 */
package org.inversesuite.anomaly.benchmark;
