/**
 * The flow detector as a Tribuo citizen: {@link org.inversesuite.anomaly.tribuo.FlowAnomalyTrainer}
 * is a {@code Trainer<Event>} whose {@link org.inversesuite.anomaly.tribuo.FlowAnomalyModel} runs
 * through Tribuo's {@code AnomalyEvaluator} like Tribuo's own one-class SVM, with Tribuo
 * provenance built from the trainer's {@code @Config} fields.
 */
package org.inversesuite.anomaly.tribuo;
