package com.crmtracker.web.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.crmtracker.project.DeliverableDraft;
import com.crmtracker.project.DeliverableView;

import org.springframework.format.annotation.DateTimeFormat;

/** A deliverable being added or edited, with the version the director read. */
public class DeliverableForm {

	private String name;

	private String owner;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate completedOn;

	private BigDecimal weight = BigDecimal.ONE;

	private String documentLink;

	private long version;

	static DeliverableForm of(DeliverableView d, Locale locale) {
		DeliverableForm form = new DeliverableForm();
		form.name = d.name(locale);
		form.owner = d.owner();
		form.dueDate = d.dueDate();
		form.completedOn = d.completedOn();
		form.weight = d.weight().stripTrailingZeros();
		if (form.weight.scale() < 0) {
			form.weight = form.weight.setScale(0);
		}
		form.documentLink = d.documentLink();
		form.version = d.version();
		return form;
	}

	DeliverableDraft draft() {
		return new DeliverableDraft(this.name, this.owner, this.dueDate, this.completedOn, this.weight,
				this.documentLink);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public void setCompletedOn(LocalDate completedOn) {
		this.completedOn = completedOn;
	}

	public BigDecimal getWeight() {
		return this.weight;
	}

	public void setWeight(BigDecimal weight) {
		this.weight = weight;
	}

	public String getDocumentLink() {
		return this.documentLink;
	}

	public void setDocumentLink(String documentLink) {
		this.documentLink = documentLink;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
