/**
 * Anomalies in hourly energy time series in the manner of Turowski et al. (2022, "Modeling and
 * generating synthetic anomalies for energy and power time series", e-Energy '22): a simulator of
 * a building's or region's hourly load ({@link org.inversesuite.anomaly.timeseries.LoadSimulator})
 * with daily, weekly and yearly seasonality, holidays and temperature dependence; an injector of
 * labelled anomalies ({@link org.inversesuite.anomaly.timeseries.AnomalyInjector}); and a cINN
 * that models the 24 loads of a day given its calendar and temperature
 * ({@link org.inversesuite.anomaly.timeseries.DailyLoadModel}), scoring days by their negative
 * log-likelihood and hours by their deviation from the conditional distribution.
 */
package org.inversesuite.anomaly.timeseries;
