package com.crmtracker.web.scorecard;

import java.math.BigDecimal;
import java.util.List;

import com.crmtracker.scorecard.LibraryKpi;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.ScoreStatus;

import org.springframework.stereotype.Component;

/** Numbers and colours of the scorecard pages, for the templates ({@code @sc}). */
@Component("sc")
public class ScorecardFormat {

	public String decimal(BigDecimal value) {
		return ScorecardPages.decimal(value);
	}

	public String score(BigDecimal value) {
		return ScorecardPages.score(value);
	}

	public String percent(BigDecimal share) {
		return share == null ? "" : ScorecardPages.decimal(share.multiply(BigDecimal.valueOf(100))) + "%";
	}

	/** The Bootstrap badge of a status. */
	public String badge(ScoreStatus status) {
		if (status == null) {
			return "text-bg-secondary";
		}
		return switch (status) {
			case GREEN -> "text-bg-success";
			case AMBER -> "text-bg-warning";
			case RED -> "text-bg-danger";
		};
	}

	public List<LibraryKpi> library(Perspective perspective) {
		return ScorecardPages.libraryOf(perspective);
	}

}
