package com.crmtracker.project;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

@Entity
@Table(name = "template_phase")
class TemplatePhase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int number;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	@Column(name = "duration_weight", nullable = false)
	private int durationWeight;

	@Column(name = "go_live", nullable = false)
	private boolean goLive;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "template_phase_id", nullable = false)
	@OrderBy("position")
	private List<TemplateDeliverable> deliverables = new ArrayList<>();

	protected TemplatePhase() {
	}

	TemplatePhase(TemplateView.Phase phase) {
		this.number = phase.number();
		this.nameEn = phase.nameEn();
		this.nameZh = phase.nameZh();
		this.durationWeight = phase.durationWeight();
		this.goLive = phase.goLive();
		int position = 0;
		for (TemplateView.Deliverable d : phase.deliverables()) {
			this.deliverables.add(new TemplateDeliverable(position++, d.nameEn(), d.nameZh()));
		}
	}

	TemplateView.Phase view() {
		return new TemplateView.Phase(this.number, this.nameEn, this.nameZh, this.durationWeight, this.goLive,
				this.deliverables.stream().map(TemplateDeliverable::view).toList());
	}

}
