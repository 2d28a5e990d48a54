package com.crmtracker.web.plan;

import java.util.ArrayList;
import java.util.List;

import com.crmtracker.project.TemplateView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A copied methodology template being edited: its names and its phases, each with its
 * typical deliverables one per line as {@code English | 中文}. The names are checked by the
 * templates facade, every field at once.
 */
public record TemplateForm(String nameEn, String nameZh, @NotNull Long version, @Valid List<PhaseRow> phases) {

	public TemplateForm {
		phases = phases == null ? List.of() : phases;
	}

	static TemplateForm of(TemplateView template) {
		List<PhaseRow> rows = new ArrayList<>();
		for (TemplateView.Phase p : template.phases()) {
			StringBuilder lines = new StringBuilder();
			for (TemplateView.Deliverable d : p.deliverables()) {
				lines.append(d.nameEn()).append(" | ").append(d.nameZh()).append('\n');
			}
			rows.add(new PhaseRow(p.nameEn(), p.nameZh(), p.durationWeight(), p.goLive(), lines.toString(), false));
		}
		return new TemplateForm(template.nameEn(), template.nameZh(), template.version(), rows);
	}

	/** The same form with an empty phase at the end. */
	TemplateForm withNewPhase() {
		List<PhaseRow> rows = new ArrayList<>(this.phases);
		rows.add(new PhaseRow(null, null, 1, false, null, false));
		return new TemplateForm(this.nameEn, this.nameZh, this.version, rows);
	}

	/**
	 * The phases to keep, numbered in order; a line without " | " keeps one name for both
	 * languages.
	 */
	List<TemplateView.Phase> phaseViews() {
		List<TemplateView.Phase> views = new ArrayList<>();
		for (PhaseRow row : this.phases) {
			if (Boolean.TRUE.equals(row.remove())) {
				continue;
			}
			List<TemplateView.Deliverable> deliverables = new ArrayList<>();
			if (row.deliverables() != null) {
				for (String line : row.deliverables().split("\\R")) {
					if (line.isBlank()) {
						continue;
					}
					int bar = line.indexOf('|');
					String en = bar < 0 ? line.trim() : line.substring(0, bar).trim();
					String zh = bar < 0 ? line.trim() : line.substring(bar + 1).trim();
					deliverables.add(new TemplateView.Deliverable(en, zh));
				}
			}
			views.add(new TemplateView.Phase(views.size() + 1, row.nameEn(), row.nameZh(),
					row.durationWeight() == null ? 0 : row.durationWeight(), Boolean.TRUE.equals(row.goLive()),
					deliverables));
		}
		return views;
	}

	/**
	 * One phase of the template; {@code goLive} marks the go-live phase (at most one);
	 * {@code remove} drops it on save.
	 */
	public record PhaseRow(String nameEn, String nameZh, @NotNull @Min(1) @Max(100) Integer durationWeight,
			Boolean goLive, String deliverables, Boolean remove) {
	}

}
