package org.inversesuite.anomaly.timeseries;

/**
 * Detection of one anomaly type.
 *
 * @param type the type
 * @param events the number of injected events
 * @param hours the number of anomalous hours of this type
 * @param hourAuroc AUROC of the hour score s_h: this type's hours against all normal hours
 * @param dayScoreAuroc AUROC of the day NLL given to each hour of the day: same hours
 * @param eventsDetected events with at least one hour above the hour threshold
 * @param eventsDetectedByDay events touching at least one day above the day threshold
 */
public record TypeResult(AnomalyType type, int events, int hours, double hourAuroc, double dayScoreAuroc,
    int eventsDetected, int eventsDetectedByDay) {}
