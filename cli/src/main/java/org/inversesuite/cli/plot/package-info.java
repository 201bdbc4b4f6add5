/**
 * Plots (XChart): loss curves and posterior pictures.
 */
package org.inversesuite.cli.plot;
