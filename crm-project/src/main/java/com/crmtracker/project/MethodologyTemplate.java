package com.crmtracker.project;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "methodology_template")
class MethodologyTemplate {

	@Id
	private String code;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	@Column(nullable = false, updatable = false)
	private boolean builtin;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "template_code", nullable = false)
	@OrderBy("number")
	private List<TemplatePhase> phases = new ArrayList<>();

	protected MethodologyTemplate() {
	}

	MethodologyTemplate(String code, String nameEn, String nameZh) {
		this.code = code;
		this.nameEn = nameEn;
		this.nameZh = nameZh;
		this.builtin = false;
	}

	String code() {
		return this.code;
	}

	boolean builtin() {
		return this.builtin;
	}

	long version() {
		return this.version;
	}

	List<TemplatePhase> phases() {
		return this.phases;
	}

	void rename(String nameEn, String nameZh) {
		this.nameEn = nameEn;
		this.nameZh = nameZh;
	}

	/** Replaces the phases; the version still guards against a concurrent edit. */
	void replacePhases(List<TemplateView.Phase> phases) {
		this.phases.clear();
		for (TemplateView.Phase phase : phases) {
			this.phases.add(new TemplatePhase(phase));
		}
	}

	TemplateView view() {
		return new TemplateView(this.code, this.nameEn, this.nameZh, this.builtin, this.version,
				this.phases.stream().map(TemplatePhase::view).toList());
	}

}
