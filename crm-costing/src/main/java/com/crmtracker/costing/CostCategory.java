package com.crmtracker.costing;

import java.util.Locale;
import java.util.Optional;

/** The ten categories of the cost ledger, by economic use (DOMAIN.md §3). */
public enum CostCategory {

	HARDWARE("Hardware", "硬件购置费用"), SOFTWARE("Software", "软件购置费用"), FACILITIES("Facilities", "基建费用"),
	COMMUNICATIONS("Communications", "通信费用"), LABOUR("Labour", "人工费用"), CONSUMABLES("Consumables", "消耗材料费用"),
	UTILITIES("Utilities and repairs", "水电及维修费用"), ADMINISTRATION("Administration", "管理费用"),
	TRAINING("Training", "培训费用"), OTHER("Other", "其他费用");

	private final String englishName;

	private final String chineseName;

	CostCategory(String englishName, String chineseName) {
		this.englishName = englishName;
		this.chineseName = chineseName;
	}

	public String englishName() {
		return this.englishName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/**
	 * The category a person wrote: its code, its English or its Chinese name (case and
	 * surrounding blanks ignored).
	 */
	public static Optional<CostCategory> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.strip();
		for (CostCategory category : values()) {
			if (category.name().equalsIgnoreCase(wanted) || category.englishName.equalsIgnoreCase(wanted)
					|| category.chineseName.equals(wanted)) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

	/** The codes, for a message: "HARDWARE, SOFTWARE, …". */
	public static String codes() {
		return String.join(", ", java.util.Arrays.stream(values()).map(Enum::name).toList()).toUpperCase(Locale.ROOT);
	}

}
