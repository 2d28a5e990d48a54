package com.crmtracker.web.costing;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.CostLineDraft;
import com.crmtracker.costing.CostLineView;
import com.crmtracker.costing.CostPurpose;
import com.crmtracker.costing.HiddenCostDriver;
import com.crmtracker.costing.LifecycleStage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The cost-line form, typed, with the version read (0 for a new line); the rules of a
 * line are those of {@link com.crmtracker.costing.CostLedger#check}, checked by the
 * ledger.
 */
public record CostLineCommand(@NotNull CostCategory category, @NotNull LifecycleStage stage, @NotNull CostKind kind,
		@NotNull LocalDate incurredOn, @NotNull BigDecimal amount, @Size(max = 200) String vendor,
		@Size(max = 500) String description, Integer phase, HiddenCostDriver driver, CostPurpose purpose,
		Long version) {

	/** An empty form with the usual choices. */
	static CostLineCommand blank() {
		return new CostLineCommand(CostCategory.SOFTWARE, LifecycleStage.DEVELOPMENT, CostKind.PLANNED, null, null,
				null, null, null, null, null, 0L);
	}

	static CostLineCommand of(CostLineView line) {
		return new CostLineCommand(line.category(), line.stage(), line.kind(), line.incurredOn(), line.amount(),
				line.vendor(), line.description(), line.phase(), line.driver(), line.purpose(), line.version());
	}

	CostLineDraft draft() {
		return new CostLineDraft(this.category, this.stage, this.kind, this.incurredOn, this.amount, this.vendor,
				this.description, this.phase, this.driver, this.purpose);
	}

	/** The version read; a form without one is stale. */
	long versionRead() {
		return this.version == null ? -1 : this.version;
	}

}
