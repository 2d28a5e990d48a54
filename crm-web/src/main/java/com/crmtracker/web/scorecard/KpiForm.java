package com.crmtracker.web.scorecard;

import java.math.BigDecimal;

import com.crmtracker.scorecard.Direction;
import com.crmtracker.scorecard.KpiDraft;
import com.crmtracker.scorecard.KpiView;
import com.crmtracker.scorecard.MeasureType;
import com.crmtracker.scorecard.PeriodType;
import com.crmtracker.scorecard.Perspective;

/**
 * A KPI's definition and settings: the custom-KPI form, and the settings form of a KPI.
 */
public class KpiForm {

	private Perspective perspective = Perspective.FINANCIAL;

	private String name;

	private String nameZh;

	private String unit;

	private Direction direction = Direction.HIGHER_IS_BETTER;

	private MeasureType measureType = MeasureType.DIRECT;

	private BigDecimal scale;

	private BigDecimal baseline;

	private BigDecimal target;

	private BigDecimal weight = BigDecimal.ONE;

	private PeriodType period = PeriodType.QUARTER;

	private long version;

	static KpiForm of(KpiView kpi) {
		KpiForm form = new KpiForm();
		form.perspective = kpi.perspective();
		form.name = kpi.name();
		form.nameZh = kpi.nameZh();
		form.unit = kpi.unit();
		form.direction = kpi.direction();
		form.measureType = kpi.measureType();
		form.scale = kpi.scale() == null ? null : plain(kpi.scale());
		form.baseline = plain(kpi.baseline());
		form.target = plain(kpi.target());
		form.weight = plain(kpi.weight());
		form.period = kpi.period();
		form.version = kpi.version();
		return form;
	}

	/** Without trailing zeros and without an exponent: 110, not 1.1E+2. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** Takes over another form's values, e.g. those someone else saved. */
	void copy(KpiForm other) {
		this.perspective = other.perspective;
		this.name = other.name;
		this.nameZh = other.nameZh;
		this.unit = other.unit;
		this.direction = other.direction;
		this.measureType = other.measureType;
		this.scale = other.scale;
		this.baseline = other.baseline;
		this.target = other.target;
		this.weight = other.weight;
		this.period = other.period;
		this.version = other.version;
	}

	/**
	 * The settings a KPI's page changes; what it leaves null (perspective, unit, measure
	 * type, scale) stays as it is.
	 */
	KpiDraft settingsDraft() {
		return new KpiDraft(null, null, this.name, this.nameZh, null, null, null, null, this.direction, null, null,
				this.baseline, this.target, this.weight, this.period);
	}

	KpiDraft draft() {
		return new KpiDraft(null, this.perspective, this.name, this.nameZh, null, null, this.unit, null, this.direction,
				this.measureType, this.scale, this.baseline, this.target, this.weight, this.period);
	}

	public Perspective getPerspective() {
		return this.perspective;
	}

	public void setPerspective(Perspective perspective) {
		this.perspective = perspective;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public void setDirection(Direction direction) {
		this.direction = direction;
	}

	public MeasureType getMeasureType() {
		return this.measureType;
	}

	public void setMeasureType(MeasureType measureType) {
		this.measureType = measureType;
	}

	public BigDecimal getScale() {
		return this.scale;
	}

	public void setScale(BigDecimal scale) {
		this.scale = scale;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public void setBaseline(BigDecimal baseline) {
		this.baseline = baseline;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public void setTarget(BigDecimal target) {
		this.target = target;
	}

	public BigDecimal getWeight() {
		return this.weight;
	}

	public void setWeight(BigDecimal weight) {
		this.weight = weight;
	}

	public PeriodType getPeriod() {
		return this.period;
	}

	public void setPeriod(PeriodType period) {
		this.period = period;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
