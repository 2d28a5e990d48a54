package com.crmtracker.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "template_deliverable")
class TemplateDeliverable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int position;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	protected TemplateDeliverable() {
	}

	TemplateDeliverable(int position, String nameEn, String nameZh) {
		this.position = position;
		this.nameEn = nameEn;
		this.nameZh = nameZh;
	}

	TemplateView.Deliverable view() {
		return new TemplateView.Deliverable(this.nameEn, this.nameZh);
	}

}
