package com.crmtracker.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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
		DecimalFormat money = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		money.setRoundingMode(RoundingMode.HALF_EVEN);
		return new PortfolioLine(row.project().id(), row.project().name(), row.project().organisation(),
				row.currentPhase() == null ? null
						: row.currentPhase().number() + ". " + row.currentPhase().name(locale),
				row.currentPhase() == null ? null : row.currentPhase().progressPercent(), row.gatesAwaiting(),
				row.gatesMark(), row.overdue(), row.worstSlipDays(), row.overdueMark(),
				money.format(row.cost().actualToDate()), money.format(row.cost().plannedToDate()), row.costMark(),
				money.format(row.cost().forecastTco()), money.format(row.cost().plannedTco()), row.tcoMark(),
				ratio(row.cost().earnedValue().cpi()), row.cpiMark(), ratio(row.cost().earnedValue().spi()),
				row.spiMark(), ratio(row.scorecard().overall()), row.scoreMark(), row.overallMark(), row.goLiveMark(),
				row.goLiveRisk() == null ? null : row.goLiveRisk().slipDays());
	}

	private static String ratio(BigDecimal value) {
		return value == null ? "—" : value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
	}

}
