package com.crmtracker.web.plan;

import java.util.ArrayList;
import java.util.List;

import com.crmtracker.project.TemplateView;

/**
 * A copied methodology template being edited: its names and its phases, each with its
 * typical deliverables one per line as {@code English | 中文}.
 */
public class TemplateForm {

	private String nameEn;

	private String nameZh;

	private long version;

	private List<PhaseRow> phases = new ArrayList<>();

	static TemplateForm of(TemplateView template) {
		TemplateForm form = new TemplateForm();
		form.nameEn = template.nameEn();
		form.nameZh = template.nameZh();
		form.version = template.version();
		for (TemplateView.Phase p : template.phases()) {
			PhaseRow row = new PhaseRow();
			row.setNameEn(p.nameEn());
			row.setNameZh(p.nameZh());
			row.setDurationWeight(p.durationWeight());
			StringBuilder lines = new StringBuilder();
			for (TemplateView.Deliverable d : p.deliverables()) {
				lines.append(d.nameEn()).append(" | ").append(d.nameZh()).append('\n');
			}
			row.setDeliverables(lines.toString());
			form.phases.add(row);
		}
		return form;
	}

	/**
	 * The phases to keep, numbered in order; a line without " | " keeps one name for both
	 * languages.
	 */
	List<TemplateView.Phase> phaseViews() {
		List<TemplateView.Phase> views = new ArrayList<>();
		for (PhaseRow row : this.phases) {
			if (row.isRemove()) {
				continue;
			}
			List<TemplateView.Deliverable> deliverables = new ArrayList<>();
			if (row.getDeliverables() != null) {
				for (String line : row.getDeliverables().split("\\R")) {
					if (line.isBlank()) {
						continue;
					}
					int bar = line.indexOf('|');
					String en = bar < 0 ? line.trim() : line.substring(0, bar).trim();
					String zh = bar < 0 ? line.trim() : line.substring(bar + 1).trim();
					deliverables.add(new TemplateView.Deliverable(en, zh));
				}
			}
			views.add(new TemplateView.Phase(views.size() + 1, row.getNameEn(), row.getNameZh(),
					row.getDurationWeight() == null ? 0 : row.getDurationWeight(), deliverables));
		}
		return views;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<PhaseRow> getPhases() {
		return this.phases;
	}

	public void setPhases(List<PhaseRow> phases) {
		this.phases = phases;
	}

	public static class PhaseRow {

		private String nameEn;

		private String nameZh;

		private Integer durationWeight = 1;

		private String deliverables;

		private boolean remove;

		public String getNameEn() {
			return this.nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}

		public String getNameZh() {
			return this.nameZh;
		}

		public void setNameZh(String nameZh) {
			this.nameZh = nameZh;
		}

		public Integer getDurationWeight() {
			return this.durationWeight;
		}

		public void setDurationWeight(Integer durationWeight) {
			this.durationWeight = durationWeight;
		}

		public String getDeliverables() {
			return this.deliverables;
		}

		public void setDeliverables(String deliverables) {
			this.deliverables = deliverables;
		}

		public boolean isRemove() {
			return this.remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

}
