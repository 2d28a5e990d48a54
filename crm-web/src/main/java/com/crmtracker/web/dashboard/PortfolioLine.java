package com.crmtracker.web.dashboard;

import java.math.BigDecimal;
import java.util.Locale;

import com.crmtracker.web.support.Numbers;

/**
 * A portfolio row ready to show: figures formatted once in Java, so that the page renders
 * two hundred projects without thousands of template expressions.
 */
public record PortfolioLine(long id, String name, String organisation, String phase, Integer progressPercent,
		int gatesAwaiting, Mark gatesMark, int overdue, long worstSlipDays, Mark overdueMark, String actualToDate,
		String plannedToDate, Mark costMark, String forecastTco, String plannedTco, Mark tcoMark, String cpi,
		Mark cpiMark, String spi, Mark spiMark, String score, Mark scoreMark, Mark overallMark, Mark goLiveMark,
		Long goLiveSlipDays) {

	static PortfolioLine of(PortfolioRow row, Locale locale) {
		return new PortfolioLine(row.project().id(), row.project().name(), row.project().organisation(),
				row.currentPhase() == null ? null
						: row.currentPhase().number() + ". " + row.currentPhase().name(locale),
				row.currentPhase() == null ? null : row.currentPhase().progressPercent(), row.gatesAwaiting(),
				row.gatesMark(), row.overdue(), row.worstSlipDays(), row.overdueMark(),
				Numbers.grouped(row.cost().actualToDate(), 0), Numbers.grouped(row.cost().plannedToDate(), 0),
				row.costMark(), Numbers.grouped(row.cost().forecastTco(), 0),
				Numbers.grouped(row.cost().plannedTco(), 0), row.tcoMark(), ratio(row.cost().earnedValue().cpi()),
				row.cpiMark(), ratio(row.cost().earnedValue().spi()), row.spiMark(), ratio(row.scorecard().overall()),
				row.scoreMark(), row.overallMark(), row.goLiveMark(),
				row.goLiveRisk() == null ? null : row.goLiveRisk().slipDays());
	}

	private static String ratio(BigDecimal value) {
		return value == null ? "—" : Numbers.plain(value, 2);
	}

}
