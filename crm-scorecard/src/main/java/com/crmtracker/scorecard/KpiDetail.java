package com.crmtracker.scorecard;

import java.util.List;

/**
 * A KPI with its current entries by period (the trend) and the entries corrections
 * superseded.
 */
public record KpiDetail(KpiView kpi, List<MeasurementView> series, List<MeasurementView> superseded,
		Thresholds thresholds) {
}
