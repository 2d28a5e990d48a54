package com.crmtracker.web.scorecard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.ScorecardView;

/** The perspective weights and the status thresholds of a project's scorecard. */
public class SettingsForm {

	private BigDecimal financial;

	private BigDecimal customer;

	private BigDecimal internalProcess;

	private BigDecimal learningGrowth;

	private BigDecimal green;

	private BigDecimal amber;

	private long version;

	static SettingsForm of(ScorecardView card) {
		SettingsForm form = new SettingsForm();
		form.financial = plain(card.perspective(Perspective.FINANCIAL).weight());
		form.customer = plain(card.perspective(Perspective.CUSTOMER).weight());
		form.internalProcess = plain(card.perspective(Perspective.INTERNAL_PROCESS).weight());
		form.learningGrowth = plain(card.perspective(Perspective.LEARNING_GROWTH).weight());
		form.green = plain(card.thresholds().green());
		form.amber = plain(card.thresholds().amber());
		form.version = card.settingsVersion();
		return form;
	}

	/** Takes over another form's values, e.g. those someone else saved. */
	void copy(SettingsForm other) {
		this.financial = other.financial;
		this.customer = other.customer;
		this.internalProcess = other.internalProcess;
		this.learningGrowth = other.learningGrowth;
		this.green = other.green;
		this.amber = other.amber;
		this.version = other.version;
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	Map<Perspective, BigDecimal> weights() {
		Map<Perspective, BigDecimal> weights = new EnumMap<>(Perspective.class);
		put(weights, Perspective.FINANCIAL, this.financial);
		put(weights, Perspective.CUSTOMER, this.customer);
		put(weights, Perspective.INTERNAL_PROCESS, this.internalProcess);
		put(weights, Perspective.LEARNING_GROWTH, this.learningGrowth);
		return weights;
	}

	private static void put(Map<Perspective, BigDecimal> weights, Perspective p, BigDecimal w) {
		if (w != null) {
			weights.put(p, w);
		}
	}

	public BigDecimal getFinancial() {
		return this.financial;
	}

	public void setFinancial(BigDecimal financial) {
		this.financial = financial;
	}

	public BigDecimal getCustomer() {
		return this.customer;
	}

	public void setCustomer(BigDecimal customer) {
		this.customer = customer;
	}

	public BigDecimal getInternalProcess() {
		return this.internalProcess;
	}

	public void setInternalProcess(BigDecimal internalProcess) {
		this.internalProcess = internalProcess;
	}

	public BigDecimal getLearningGrowth() {
		return this.learningGrowth;
	}

	public void setLearningGrowth(BigDecimal learningGrowth) {
		this.learningGrowth = learningGrowth;
	}

	public BigDecimal getGreen() {
		return this.green;
	}

	public void setGreen(BigDecimal green) {
		this.green = green;
	}

	public BigDecimal getAmber() {
		return this.amber;
	}

	public void setAmber(BigDecimal amber) {
		this.amber = amber;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
