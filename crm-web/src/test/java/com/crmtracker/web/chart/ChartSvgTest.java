package com.crmtracker.web.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.crmtracker.costing.BusinessCaseResult;
import com.crmtracker.costing.rules.BusinessCaseCalculator;
import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.CostSum;
import com.crmtracker.costing.EarnedValuePoint;
import com.crmtracker.costing.LifecycleStage;
import com.crmtracker.costing.rules.TcoCalculator;
import com.crmtracker.costing.TcoReport;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.PerspectiveView;
import com.crmtracker.scorecard.ScoreStatus;
import com.crmtracker.scorecard.Thresholds;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChartSvgTest {

	/**
	 * Planned: hardware 100,000 and software 50,000 in year 1, labour 200,000 in year 2;
	 * actual: hardware 80,000 in year 1.
	 */
	static TcoReport aSmallTco() {
		return TcoCalculator.calculate("CNY",
				List.of(sum(CostKind.PLANNED, CostCategory.HARDWARE, 1, "100000.00"),
						sum(CostKind.PLANNED, CostCategory.SOFTWARE, 1, "50000.00"),
						sum(CostKind.PLANNED, CostCategory.LABOUR, 2, "200000.00"),
						sum(CostKind.ACTUAL, CostCategory.HARDWARE, 1, "80000.00")));
	}

	private static CostSum sum(CostKind kind, CostCategory category, int year, String amount) {
		return new CostSum(kind, category, LifecycleStage.DEVELOPMENT, year, null, null, new BigDecimal(amount));
	}

	private static SvgDocument draw(Chart chart) {
		return SvgDocument.of(ChartSvg.render(chart, Bundles.ENGLISH));
	}

	@Test
	void theTcoChartHasABarSegmentPerNonZeroCellScaledToTheAxis() {
		SvgDocument svg = draw(Charts.tco(aSmallTco()));
		assertThat(svg.root().getAttribute("viewBox")).startsWith("0 0 480 ");
		assertThat(svg.root().getAttribute("width")).isEqualTo("100%");
		// three planned cells and one actual cell are not zero
		List<Element> bars = svg.all("//rect[title]");
		assertThat(bars).hasSize(4);
		// the highest stack is 200,000: raw step 40,000 → 50,000; ticks 0 … 200k
		assertThat(svg.all("//text[@text-anchor='end']").stream().map(Element::getTextContent)).containsExactly("0",
				"50k", "100k", "150k", "200k");
		// the plot is 190 high from y 12 to 202: 100,000 is 95 high
		Element hardware = svg.one("//rect[title='Year 1 · Planned · Hardware: 100,000.00']");
		assertThat(SvgDocument.number(hardware, "height")).isEqualTo(95);
		assertThat(SvgDocument.number(hardware, "y")).isEqualTo(107);
		// software stacks on it from 100,000 to 150,000
		Element software = svg.one("//rect[title='Year 1 · Planned · Software: 50,000.00']");
		assertThat(SvgDocument.number(software, "y")).isEqualTo(59.5);
		assertThat(SvgDocument.number(software, "height")).isEqualTo(47.5);
		// the actual bar is the same hue, halfway to white: #332288 → (51+255)/2,
		// (34+255)/2, (136+255)/2 = #9990c3
		Element actual = svg.one("//rect[title='Year 1 · Actual · Hardware: 80,000.00']");
		assertThat(actual.getAttribute("fill")).isEqualTo("#9990c3");
		assertThat(SvgDocument.number(actual, "height")).isEqualTo(76);
		assertThat(svg.all("//text").stream().map(Element::getTextContent)).contains("Year 1", "Year 5", "Hardware",
				"Software", "Labour", "Planned", "Actual");
	}

	@Test
	void aCategoryHasTheSameColourInEveryChart() {
		TcoReport report = aSmallTco();
		SvgDocument page = draw(Charts.tco(report));
		SvgDocument dashboard = draw(Charts.plannedTco(report));
		String onPage = page.one("//rect[title='Year 2 · Planned · Labour: 200,000.00']").getAttribute("fill");
		String onDashboard = dashboard.one("//rect[title='Year 2 · Planned · Labour: 200,000.00']")
			.getAttribute("fill");
		assertThat(onPage).isEqualTo(onDashboard).isEqualTo(Palette.of(CostCategory.LABOUR)).isEqualTo("#999933");
		assertThat(new HashSet<>(Palette.COLOURS)).hasSize(10);
		// the S-curve of the page and of the dashboard draw PV, EV and AC alike
		List<EarnedValuePoint> points = List.of(point("2026-01-31", "100", "80", "90"),
				point("2026-02-28", "200", null, null));
		List<String> pageStrokes = draw(Charts.sCurve("ev-chart", points)).all("//polyline")
			.stream()
			.map(p -> p.getAttribute("stroke"))
			.toList();
		List<String> dashboardStrokes = draw(Charts.sCurve("dashboard-ev-chart", points)).all("//polyline")
			.stream()
			.map(p -> p.getAttribute("stroke"))
			.toList();
		assertThat(pageStrokes).isEqualTo(dashboardStrokes)
			.containsExactly(Palette.PLANNED, Palette.EARNED, Palette.ACTUAL);
	}

	@Test
	void everyColourDrawnComesFromThePalette() {
		Set<String> allowed = new HashSet<>(Palette.COLOURS);
		Palette.COLOURS.forEach(c -> allowed.add(ChartSvg.light(c)));
		allowed.add(ChartSvg.light(ChartSvg.light(Palette.PLANNED)));
		allowed.addAll(List.of(Palette.NONE, Palette.INK, Palette.MUTED, Palette.GRID, Palette.TRACK,
				ChartSvg.light(Palette.MUTED), "#ffffff", "none"));
		List<String> drawn = new ArrayList<>();
		for (Chart chart : List.of(Charts.tco(aSmallTco()), cashFlow(), perspectives(), timeline())) {
			SvgDocument svg = draw(chart);
			for (Element e : svg.all("//*[@fill or @stroke]")) {
				for (String attribute : new String[] { "fill", "stroke" }) {
					if (e.hasAttribute(attribute)) {
						drawn.add(e.getAttribute(attribute));
					}
				}
			}
		}
		assertThat(drawn).isNotEmpty().allMatch(allowed::contains);
	}

	private static EarnedValuePoint point(String date, String pv, String ev, String ac) {
		return new EarnedValuePoint(LocalDate.parse(date), new BigDecimal(pv), ev == null ? null : new BigDecimal(ev),
				ac == null ? null : new BigDecimal(ac));
	}

	/**
	 * Net by year −300,000, 200,000, 400,000, 400,000, 500,000; cumulative −300,000,
	 * −100,000, 300,000, 700,000, 1,200,000; payback after 2 + 100/400 = 2.25 years.
	 */
	static BarChart cashFlow() {
		BusinessCaseResult planned = BusinessCaseCalculator.calculate(amounts("300000", "0", "0", "0", "0"),
				amounts("0", "200000", "400000", "400000", "500000"), new BigDecimal("0.08"));
		List<BigDecimal> zero = amounts("0", "0", "0", "0", "0");
		BusinessCaseResult actual = BusinessCaseCalculator.realised(zero, zero, new BigDecimal("0.08"));
		return Charts.cashFlow(planned, actual);
	}

	private static List<BigDecimal> amounts(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

	@Test
	void theCashFlowAxisHasALabelledZeroLineAndBarsBelowIt() {
		SvgDocument svg = draw(cashFlow());
		assertThat(svg.all("//text[@text-anchor='end']").stream().map(Element::getTextContent)).containsExactly("-500k",
				"0", "500k", "1M", "1.5M");
		// −500k..1.5M over 190: zero is a quarter up from the bottom, 202 − 47.5 = 154.5
		Element zeroLabel = svg.one("//text[@text-anchor='end' and .='0']");
		assertThat(SvgDocument.number(zeroLabel, "y")).isEqualTo(158.5);
		assertThat(svg.all("//line[@y1='154.5' and @y2='154.5' and @stroke='" + Palette.MUTED + "']")).hasSize(1);
		// year 1: −300,000 hangs from 154.5 down to 202 − 19 = 183
		Element loss = svg.one("//rect[contains(title, 'Year 1 · Plan: net of the year: -300,000.00')]");
		assertThat(SvgDocument.number(loss, "y")).isEqualTo(154.5);
		assertThat(SvgDocument.number(loss, "height")).isEqualTo(28.5);
		// five planned bars (the realised ones are all zero), two cumulative lines
		assertThat(svg.all("//rect[title]")).hasSize(5);
		assertThat(svg.all("//polyline")).hasSize(2);
		assertThat(svg.one("//polyline[title='Plan: cumulative']").getAttribute("points").split(" ")).hasSize(5);
		Element payback = svg.one("//circle[title='Payback after 2.25 years']");
		assertThat(SvgDocument.number(payback, "cy")).isEqualTo(154.5);
	}

	@Test
	void thirtySixMonthsOfTheSCurveShowEverySixthLabelWithoutOverlap() {
		List<EarnedValuePoint> points = new ArrayList<>();
		LocalDate month = LocalDate.parse("2024-01-31");
		for (int i = 0; i < 36; i++) {
			BigDecimal pv = BigDecimal.valueOf(1_000_000L * (i + 1) / 36);
			points.add(new EarnedValuePoint(month.plusMonths(i), pv, i < 20 ? pv : null, i < 20 ? pv : null));
		}
		SvgDocument svg = draw(Charts.sCurve("ev-chart", points));
		// 36 PV points, EV and AC for the first 20 months
		assertThat(svg.all("//polyline").stream().map(p -> p.getAttribute("points").split(" ").length))
			.containsExactly(36, 20, 20);
		// at 13 units a month label is 7 × 0.6 × 13 = 54.6 wide; the axis 0..1M ("200k"
		// widest, 31.2) leaves 43.2 on the left, half a label and 4 (31.3) on the right:
		// 405.5 / 35 = 11.59 apart, a label and its gap 62.6 → 5.4 → every 6th month
		List<Element> labels = svg.all("//text[@y='220']");
		assertThat(labels.stream().map(Element::getTextContent)).containsExactly("2024-01", "2024-07", "2025-01",
				"2025-07", "2026-01", "2026-07");
		for (int i = 1; i < labels.size(); i++) {
			double apart = SvgDocument.number(labels.get(i), "x") - SvgDocument.number(labels.get(i - 1), "x");
			assertThat(apart).isGreaterThanOrEqualTo(Labels.width("2024-01", ChartSvg.SMALL) + Labels.GAP);
		}
		// the as-of line at the 20th month: 43.2 + 19 × 405.5 / 35
		Element asOf = svg.one("//line[@stroke='" + Palette.TODAY + "' and @y1='12']");
		assertThat(SvgDocument.number(asOf, "x1")).isCloseTo(43.2 + 19 * 405.5 / 35.0, within(0.06));
	}

	static ScoreBars perspectives() {
		return Charts.perspectives("perspective-chart",
				List.of(new PerspectiveView(Perspective.FINANCIAL, BigDecimal.ONE, new BigDecimal("0.85"),
						ScoreStatus.GREEN, List.of()),
						new PerspectiveView(Perspective.CUSTOMER, BigDecimal.ONE, new BigDecimal("0.6"),
								ScoreStatus.AMBER, List.of()),
						new PerspectiveView(Perspective.INTERNAL_PROCESS, BigDecimal.ONE, new BigDecimal("0.3"),
								ScoreStatus.RED, List.of()),
						new PerspectiveView(Perspective.LEARNING_GROWTH, BigDecimal.ONE, null, null, List.of())),
				Thresholds.DEFAULT);
	}

	@Test
	void perspectiveBarsAreScoresOfTheAxisColouredByStatus() {
		SvgDocument svg = draw(perspectives());
		Element financial = svg.one("//rect[@id='bar-FINANCIAL']");
		Element track = svg.all("//rect[@fill='" + Palette.TRACK + "']").get(0);
		assertThat(SvgDocument.number(financial, "width") / SvgDocument.number(track, "width")).isCloseTo(0.85,
				within(0.002));
		assertThat(financial.getAttribute("fill")).isEqualTo(Palette.GREEN);
		assertThat(svg.one("//rect[@id='bar-CUSTOMER']").getAttribute("fill")).isEqualTo(Palette.AMBER);
		assertThat(svg.one("//rect[@id='bar-INTERNAL_PROCESS']").getAttribute("fill")).isEqualTo(Palette.RED);
		assertThat(svg.all("//rect[@id='bar-LEARNING_GROWTH']")).isEmpty();
		assertThat(svg.all("//text").stream().map(Element::getTextContent))
			.contains("No score yet", "0.85", "0.60", "0.30", "Amber from 0.5", "Green from 0.8")
			// the value axis of 0..1 in fifths
			.contains("0", "0.2", "0.4", "0.6", "0.8", "1");
	}

	static TimelineChart timeline() {
		LocalDate start = LocalDate.parse("2024-01-01");
		return new TimelineChart("timeline", Text.of("timeline.title"), Text.of("timeline.caption"),
				LocalDate.parse("2025-06-15"), List.of(
						new TimelineChart.Row(1, "1. Preparation", "COMPLETE",
								new TimelineChart.Span(start, LocalDate.parse("2024-06-30")),
								new TimelineChart.Span(start, LocalDate.parse("2024-07-15")),
								new TimelineChart.Span(start, LocalDate.parse("2024-05-31")),
								List.of(new TimelineChart.Deliverable(LocalDate.parse("2024-03-01"),
										TimelineChart.State.DONE, "Charter · 2024-03-01"))),
						new TimelineChart.Row(2, "2. Run", "IN_PROGRESS",
								new TimelineChart.Span(LocalDate.parse("2024-07-01"), LocalDate.parse("2026-12-31")),
								null, null, List.of(new TimelineChart.Deliverable(LocalDate.parse("2025-03-01"),
										TimelineChart.State.OVERDUE, "Report · 2025-03-01")))),
				true);
	}

	@Test
	void theTimelineLabelsQuartersWhenMonthsAreTooNarrow() {
		SvgDocument svg = draw(timeline());
		assertThat(svg.root().getAttribute("viewBox")).startsWith("0 0 960 ");
		assertThat(svg.all("//g[@data-phase]")).hasSize(2);
		// the label column: "1. Preparation" is 7.86 em × 14 = 110.04, and 12 → 122.04;
		// 2024-01 .. 2026-12 is 1,096 days over 960 − 12 − 122.04 = 825.96: a 28-day
		// month
		// is 21.1 wide, a label needs 54.6 + 8 = 62.6 → 2.97 → every 3rd month, the
		// quarters
		List<Element> months = svg.all("//text[@y='14']");
		assertThat(months.stream().map(Element::getTextContent)).containsExactly("2024-01", "2024-04", "2024-07",
				"2024-10", "2025-01", "2025-04", "2025-07", "2025-10", "2026-01", "2026-04", "2026-07", "2026-10");
		for (int i = 1; i < months.size(); i++) {
			double apart = SvgDocument.number(months.get(i), "x") - SvgDocument.number(months.get(i - 1), "x");
			assertThat(apart).isGreaterThanOrEqualTo(Labels.width("2024-01", ChartSvg.SMALL) + Labels.GAP);
		}
		// today, 2025-06-15, is day 531 of the range: 122.04 + (531 + 0.5) × 825.96 /
		// 1096
		Element today = svg.one("//line[@stroke='" + Palette.TODAY + "' and @y1='16']");
		assertThat(SvgDocument.number(today, "x1")).isCloseTo(122.04 + 531.5 * 825.96 / 1096.0, within(0.06));
		// the baseline outline of phase 1 and its deliverable, done
		assertThat(svg.all("//g[@data-phase='1']/rect[title='Baseline']")).hasSize(1);
		assertThat(svg.one("//polygon[title='Charter · 2024-03-01']").getAttribute("fill")).isEqualTo(Palette.GREEN);
		assertThat(svg.one("//polygon[title='Report · 2025-03-01']").getAttribute("fill")).isEqualTo(Palette.TODAY);
	}

	@Test
	void aChartIsAnImageTitledAndDescribedInTheReadersLanguage() {
		SvgDocument svg = SvgDocument.of(ChartSvg.render(Charts.tco(aSmallTco()), Bundles.CHINESE));
		Element root = svg.root();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("id")).isEqualTo("tco-chart");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("tco-chart-title tco-chart-desc");
		assertThat(svg.one("//title[@id='tco-chart-title']").getTextContent()).isEqualTo("按TCO年度和类别的费用");
		assertThat(svg.one("//desc[@id='tco-chart-desc']").getTextContent()).contains("CNY");
		assertThat(svg.all("//text").stream().map(Element::getTextContent)).contains("第1年", "硬件购置费用", "计划", "实际");
		// plain SVG 1.1 for the PDF renderer: no style sheet, no foreign content
		assertThat(ChartSvg.render(Charts.tco(aSmallTco()), Bundles.CHINESE)).doesNotContain("<style", "foreignObject",
				"var(--", "class=\"tl-");
	}

	@Test
	void aChartWithNothingToShowSaysSo() {
		BarChart nothing = Charts.tco(TcoCalculator.calculate("CNY", List.of()));
		SvgDocument svg = draw(nothing);
		assertThat(svg.all("//rect[title]")).isEmpty();
		assertThat(svg.all("//text").stream().map(Element::getTextContent)).contains("No figures yet");
		assertThat(draw(Charts.tco(aSmallTco())).all("//text").stream().map(Element::getTextContent))
			.doesNotContain("No figures yet");
	}

}
