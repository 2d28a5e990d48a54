package com.crmtracker.costing;

import java.math.BigDecimal;

import com.crmtracker.costing.rules.TcoCalculator;

/**
 * For a TCO year from 3 on: the year's planned and actual cost and the shares spent on
 * keeping the system running and on gaining advantage (null when the year has no cost).
 */
public record PurposeShares(int year, BigDecimal plannedTotal, BigDecimal plannedKeepRunning, BigDecimal plannedAdvance,
		BigDecimal actualTotal, BigDecimal actualKeepRunning, BigDecimal actualAdvance) {

	public boolean plannedKeepRunningInBand() {
		return this.plannedKeepRunning == null || TcoCalculator.KEEP_RUNNING_BAND.contains(this.plannedKeepRunning);
	}

	public boolean plannedAdvanceInBand() {
		return this.plannedAdvance == null || TcoCalculator.ADVANCE_BAND.contains(this.plannedAdvance);
	}

}
