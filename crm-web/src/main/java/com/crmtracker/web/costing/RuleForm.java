package com.crmtracker.web.costing;

/** The recurring-rule form. */
public class RuleForm {

	private Long sourceLineId;

	private String percent = "20";

	private Integer fromYear = 2;

	private Integer toYear = 5;

	private String category = "SOFTWARE";

	private String stage = "OPERATION";

	private String description;

	public Long getSourceLineId() {
		return this.sourceLineId;
	}

	public void setSourceLineId(Long sourceLineId) {
		this.sourceLineId = sourceLineId;
	}

	public String getPercent() {
		return this.percent;
	}

	public void setPercent(String percent) {
		this.percent = percent;
	}

	public Integer getFromYear() {
		return this.fromYear;
	}

	public void setFromYear(Integer fromYear) {
		this.fromYear = fromYear;
	}

	public Integer getToYear() {
		return this.toYear;
	}

	public void setToYear(Integer toYear) {
		this.toYear = toYear;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getStage() {
		return this.stage;
	}

	public void setStage(String stage) {
		this.stage = stage;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
