/**
 * The one-page HTML report of a run folder ({@code report.html}), rebuilt from the files already
 * in the folder. Start from {@link org.inversesuite.cli.report.HtmlReport}.
 */
package org.inversesuite.cli.report;
