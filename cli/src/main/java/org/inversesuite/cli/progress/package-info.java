/**
 * Progress bars with rate and ETA.
 */
package org.inversesuite.cli.progress;
