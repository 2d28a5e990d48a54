package com.crmtracker.web.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.crmtracker.project.DeliverableDraft;
import com.crmtracker.project.DeliverableView;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A deliverable being added or edited, with the version the director read (none for a new
 * one).
 */
public record DeliverableForm(@NotBlank @Size(max = 300) String name, @Size(max = 200) String owner,
		@NotNull LocalDate dueDate, LocalDate completedOn, @DecimalMin(value = "0",
				inclusive = false) @DecimalMax("9999999.99") @Digits(integer = 7, fraction = 2) BigDecimal weight,
		@Size(max = 1000) String documentLink, Long version) {

	/** An empty form for a new deliverable of the phase, due at its planned end. */
	static DeliverableForm due(LocalDate dueDate) {
		return new DeliverableForm(null, null, dueDate, null, BigDecimal.ONE, null, null);
	}

	static DeliverableForm of(DeliverableView d, Locale locale) {
		BigDecimal weight = d.weight().stripTrailingZeros();
		if (weight.scale() < 0) {
			weight = weight.setScale(0);
		}
		return new DeliverableForm(d.name(locale), d.owner(), d.dueDate(), d.completedOn(), weight, d.documentLink(),
				d.version());
	}

	DeliverableDraft draft() {
		return new DeliverableDraft(this.name, this.owner, this.dueDate, this.completedOn, this.weight,
				this.documentLink);
	}

}
