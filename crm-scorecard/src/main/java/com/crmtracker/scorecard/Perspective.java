package com.crmtracker.scorecard;

/** The four perspectives of the balanced scorecard, in the order they are shown. */
public enum Perspective {

	FINANCIAL("Financial", "财务"), CUSTOMER("Customer", "客户"), INTERNAL_PROCESS("Internal process", "内部流程"),
	LEARNING_GROWTH("Learning and growth", "学习与成长");

	private final String nameEn;

	private final String nameZh;

	Perspective(String nameEn, String nameZh) {
		this.nameEn = nameEn;
		this.nameZh = nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

	public String nameZh() {
		return this.nameZh;
	}

}
