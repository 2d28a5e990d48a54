package com.crmtracker.costing;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.crmtracker.costing.rules.CostLineRules;
import com.crmtracker.costing.rules.RecurringPlan;
import com.crmtracker.costing.rules.TcoYears;
import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectRight;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cost ledger of a project: finance (and admins) enter, import, change and delete
 * lines and recurring rules; whoever sees the project reads and exports them.
 */
@Service
@Transactional(readOnly = true)
public class CostLedger {

	/** Lines written per JDBC batch during an import. */
	static final int BATCH = 1000;

	/** At most this many bad rows are listed; the rest are counted. */
	static final int MAX_LISTED_ERRORS = 1000;

	/** The largest page of the ledger one may ask for. */
	public static final int MAX_PAGE_SIZE = 500;

	private final CostLineRepository lines;

	private final RecurringRuleRepository rules;

	private final CostStore store;

	private final CostSummary summary;

	private final ProjectPlans plans;

	private final Clock clock;

	private final CostBin bin;

	CostLedger(CostLineRepository lines, RecurringRuleRepository rules, CostStore store, CostSummary summary,
			ProjectPlans plans, CostBin bin, Clock clock) {
		this.bin = bin;
		this.lines = lines;
		this.rules = rules;
		this.store = store;
		this.summary = summary;
		this.plans = plans;
		this.clock = clock;
	}

	/** Enters a line, checked by {@link CostLineRules}. */
	@Transactional
	public CostLineView create(ProjectHandle project, CostLineDraft line) {
		TcoYears years = requireMoney(project);
		CostLineDraft draft = CostLineRules.require(line, phaseCount(project));
		CostLine saved = this.lines.saveAndFlush(new CostLine(project.value(), draft, project.username(), now()));
		this.summary.add(project.value(), years, List.of(draft), 1);
		return saved.view(years);
	}

	/**
	 * Enters a line written as text (a JSON body): read by {@link CostLineRules#read},
	 * then checked like any other; a refusal names every bad field.
	 */
	@Transactional
	public CostLineView create(ProjectHandle project, CostLineInput line) {
		project.require(ProjectRight.CHANGE_MONEY);
		return create(project, typed(project, line));
	}

	/**
	 * The rules a line would break in this project, every one: for a form that must show
	 * them with its own refusals at once.
	 */
	public List<FieldError> check(ProjectHandle project, CostLineDraft line) {
		return CostLineRules.check(line, phaseCount(project), null);
	}

	public CostLineView get(ProjectHandle project, long lineId) {
		return load(project, lineId).view(years(project));
	}

	/**
	 * Changes a line the caller read at {@code version}; the recurring rules that take it
	 * as their source are regenerated.
	 */
	@Transactional
	public CostLineView update(ProjectHandle project, long lineId, long version, CostLineDraft changed) {
		TcoYears years = requireMoney(project);
		CostLine line = load(project, lineId);
		requireEditable(line, version);
		CostLineDraft draft = CostLineRules.require(changed, phaseCount(project));
		CostLineDraft before = line.draft();
		line.apply(draft);
		this.lines.saveAndFlush(line);
		this.summary.add(project.value(), years, List.of(before), -1);
		this.summary.add(project.value(), years, List.of(draft), 1);
		for (RecurringRule rule : this.rules.findBySourceLineId(line.id())) {
			regenerate(rule, project, years);
		}
		return line.view(years);
	}

	/** Changes a line with every field written as text (a JSON body). */
	@Transactional
	public CostLineView update(ProjectHandle project, long lineId, long version, CostLineInput changed) {
		project.require(ProjectRight.CHANGE_MONEY);
		return update(project, lineId, version, typed(project, changed));
	}

	/**
	 * Deletes a line; the rules that take it as their source go with their lines. For
	 * {@link #undoDelete a while} the deletion can be undone.
	 */
	@Transactional
	public void delete(ProjectHandle project, long lineId, long version) {
		TcoYears years = requireMoney(project);
		CostLine line = load(project, lineId);
		requireEditable(line, version);
		this.bin.keep(project.value(), line.id(), project.username(), now());
		for (RecurringRule rule : this.rules.findBySourceLineId(line.id())) {
			this.store.deleteGenerated(project.value(), years, rule.id());
			this.rules.delete(rule);
		}
		this.rules.flush();
		this.lines.delete(line);
		this.lines.flush();
		this.summary.add(project.value(), years, List.of(line.draft()), -1);
	}

	/**
	 * Puts a line deleted in the last {@link CostBin#UNDO 15 minutes} back as it was (its
	 * id, version and creation), with the recurring rules that took it as their source
	 * and their generated lines.
	 */
	@Transactional
	public CostLineView undoDelete(ProjectHandle project, long lineId) {
		TcoYears years = requireMoney(project);
		if (!this.bin.restore(project.value(), lineId, now().minus(CostBin.UNDO))) {
			throw new Conflict("cost.undo.expired",
					"This deletion can no longer be undone: it is older than 15 minutes or was undone already");
		}
		CostLine line = load(project, lineId);
		this.summary.add(project.value(), years, List.of(line.draft()), 1);
		for (RecurringRule rule : this.rules.findBySourceLineId(line.id())) {
			regenerate(rule, project, years);
		}
		return line.view(years);
	}

	/** A page of the filtered ledger (pages count from 0) with the filtered total. */
	public CostPage find(ProjectHandle project, CostFilter filter, int page, int size) {
		List<FieldError> errors = new ArrayList<>();
		if (page < 0) {
			errors.add(new FieldError("page", "cost.page.invalid", "must be 0 or more", null));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			errors.add(new FieldError("size", "cost.size.invalid", "must be from 1 to " + MAX_PAGE_SIZE, null));
		}
		if (filter.year() != null && (filter.year() < 1 || filter.year() > TcoYears.OUTSIDE)) {
			errors.add(new FieldError("year", "cost.year.invalid",
					"must be a TCO year from 1 to 5, or 6 for after the horizon", null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return this.store.page(project.value(), years(project), filter, page, size);
	}

	/**
	 * Imports a CSV file, all or nothing: any bad row and nothing is stored; the refusal
	 * lists every bad row (up to {@value #MAX_LISTED_ERRORS}) with its spreadsheet row.
	 * @return the number of lines imported
	 */
	@Transactional
	public int importCsv(ProjectHandle project, InputStream csv) {
		Import running = new Import(project, requireMoney(project));
		CostFiles.readCsv(csv, running);
		return running.finish();
	}

	/** Imports the first sheet of an XLSX workbook, all or nothing, as a CSV file. */
	@Transactional
	public int importXlsx(ProjectHandle project, InputStream xlsx) {
		Import running = new Import(project, requireMoney(project));
		CostFiles.readXlsx(xlsx, running);
		return running.finish();
	}

	/** Writes the filtered ledger as CSV, in the columns import takes. */
	public void exportCsv(ProjectHandle project, CostFilter filter, OutputStream out) {
		CostFiles.writeCsv(out, each -> this.store.forEach(project.value(), years(project), filter, each));
	}

	/** Writes the filtered ledger as XLSX, in the columns import takes. */
	public void exportXlsx(ProjectHandle project, CostFilter filter, OutputStream out) {
		CostFiles.writeXlsx(out, each -> this.store.forEach(project.value(), years(project), filter, each));
	}

	/** An empty file with the header row, to fill in. */
	public static void csvTemplate(OutputStream out) {
		CostFiles.writeCsv(out, each -> {
		});
	}

	/** An empty workbook with the header row, to fill in. */
	public static void xlsxTemplate(OutputStream out) {
		CostFiles.writeXlsx(out, each -> {
		});
	}

	public List<RecurringRuleView> rules(ProjectHandle project) {
		return this.rules.findByProjectIdOrderById(project.value()).stream().map(RecurringRule::view).toList();
	}

	/** Adds a recurring rule and generates its planned lines. */
	@Transactional
	public RecurringRuleView createRule(ProjectHandle project, RecurringRuleDraft draft) {
		TcoYears years = requireMoney(project);
		validate(project, draft);
		RecurringRule rule = this.rules
			.saveAndFlush(new RecurringRule(project.value(), draft, project.username(), now()));
		regenerate(rule, project, years);
		return rule.view();
	}

	/** Changes a recurring rule and regenerates its lines. */
	@Transactional
	public RecurringRuleView updateRule(ProjectHandle project, long ruleId, long version, RecurringRuleDraft draft) {
		TcoYears years = requireMoney(project);
		RecurringRule rule = loadRule(project, ruleId);
		if (rule.version() != version) {
			throw new StaleVersion("Recurring rule " + ruleId, rule.version());
		}
		validate(project, draft);
		rule.apply(draft);
		this.rules.saveAndFlush(rule);
		regenerate(rule, project, years);
		return rule.view();
	}

	/** Deletes a recurring rule with the lines it generated. */
	@Transactional
	public void deleteRule(ProjectHandle project, long ruleId, long version) {
		TcoYears years = requireMoney(project);
		RecurringRule rule = loadRule(project, ruleId);
		if (rule.version() != version) {
			throw new StaleVersion("Recurring rule " + ruleId, rule.version());
		}
		this.store.deleteGenerated(project.value(), years, rule.id());
		this.rules.delete(rule);
		this.rules.flush();
	}

	private void regenerate(RecurringRule rule, ProjectHandle project, TcoYears years) {
		CostLine source = load(project, rule.sourceLineId());
		this.store.deleteGenerated(project.value(), years, rule.id());
		this.store.insert(project.value(), years,
				RecurringPlan.lines(rule.draft(), source.amount(), source.vendor(), years), rule.id(),
				project.username(), now());
	}

	private CostLineDraft typed(ProjectHandle project, CostLineInput line) {
		CostLineRules.Read read = CostLineRules.read(line, null);
		if (!read.errors().isEmpty()) {
			throw new InvalidInput(read.withRules(check(project, read.draft())));
		}
		return read.draft();
	}

	private void validate(ProjectHandle project, RecurringRuleDraft draft) {
		List<FieldError> errors = checkRule(project, draft);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	/** The rules a recurring rule would break in this project, every one. */
	public List<FieldError> checkRule(ProjectHandle project, RecurringRuleDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		CostLine source = this.lines.findByIdAndProjectId(draft.sourceLineId(), project.value()).orElse(null);
		if (source == null) {
			errors
				.add(new FieldError("sourceLineId", "rule.source.unknown", "is not a cost line of this project", null));
		}
		else if (source.generated()) {
			errors.add(new FieldError("sourceLineId", "rule.source.generated",
					"must be an entered line, not one generated by a rule", null));
		}
		if (draft.percent() == null || draft.percent().signum() <= 0
				|| draft.percent().compareTo(new BigDecimal("100")) > 0
				|| draft.percent().stripTrailingZeros().scale() > 4) {
			errors.add(new FieldError("percent", "rule.percent.invalid",
					"must be a percentage above 0 and at most 100, with at most 4 decimals", null));
		}
		if (draft.fromYear() < 1 || draft.fromYear() > TcoYears.HORIZON) {
			errors.add(new FieldError("fromYear", "rule.fromYear.invalid", "must be a TCO year from 1 to 5", null));
		}
		if (draft.toYear() < draft.fromYear() || draft.toYear() > TcoYears.HORIZON) {
			errors.add(new FieldError("toYear", "rule.toYear.invalid", "must be a TCO year from the first year to 5",
					null));
		}
		if (draft.category() == null) {
			errors.add(new FieldError("category", "cost.category.required", "must be a cost category", null));
		}
		if (draft.stage() == null) {
			errors.add(new FieldError("stage", "cost.stage.required", "must be DEVELOPMENT or OPERATION", null));
		}
		if (draft.description() == null || draft.description().isBlank()
				|| draft.description().length() > CostLineRules.TEXT_MAX) {
			errors.add(new FieldError("description", "rule.description.required",
					"must not be empty (at most 500 characters)", null));
		}
		return errors;
	}

	private void requireEditable(CostLine line, long version) {
		if (line.generated()) {
			throw new Conflict("cost.generated",
					"This line is generated by a recurring rule: change the rule or its source line instead");
		}
		if (line.version() != version) {
			throw new StaleVersion("Cost line " + line.id(), line.version());
		}
	}

	/**
	 * The start of every change of money: the right, then the summary made current before
	 * any line changes.
	 */
	private TcoYears requireMoney(ProjectHandle project) {
		project.require(ProjectRight.CHANGE_MONEY);
		TcoYears years = years(project);
		this.summary.prepare(project.value(), years);
		return years;
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private CostLine load(ProjectHandle project, long lineId) {
		return this.lines.findByIdAndProjectId(lineId, project.value())
			.orElseThrow(() -> new NotFound("No cost line " + lineId + " in project " + project.value()));
	}

	private RecurringRule loadRule(ProjectHandle project, long ruleId) {
		return this.rules.findByIdAndProjectId(ruleId, project.value())
			.orElseThrow(() -> new NotFound("No recurring rule " + ruleId + " in project " + project.value()));
	}

	private int phaseCount(ProjectHandle project) {
		return this.plans.schedule(project).size();
	}

	static TcoYears years(ProjectHandle project) {
		return new TcoYears(project.startDate());
	}

	/**
	 * One import: checks every row, writes good rows in batches until the first bad one.
	 */
	private final class Import implements CostFiles.RowHandler {

		private final long project;

		private final TcoYears years;

		private final int phaseCount;

		private final String username;

		private final Instant at;

		private final List<CostLineDraft> pending = new ArrayList<>(BATCH);

		private final List<FieldError> errors = new ArrayList<>();

		private int badRows;

		private int good;

		Import(ProjectHandle project, TcoYears years) {
			this.project = project.value();
			this.years = years;
			this.phaseCount = phaseCount(project);
			this.username = project.username();
			this.at = now();
		}

		@Override
		public void row(int row, CostLineInput input) {
			CostLineRules.Checked checked = CostLineRules.check(input, this.phaseCount, row);
			if (!checked.errors().isEmpty()) {
				this.badRows++;
				for (FieldError error : checked.errors()) {
					if (this.errors.size() < MAX_LISTED_ERRORS) {
						this.errors.add(new FieldError(column(error.field()), error.code(), error.message(), row));
					}
				}
				this.pending.clear();
				return;
			}
			this.good++;
			if (this.badRows == 0) {
				this.pending.add(checked.draft());
				if (this.pending.size() == BATCH) {
					flush();
				}
			}
		}

		int finish() {
			if (this.badRows > 0) {
				List<FieldError> all = new ArrayList<>(this.errors);
				if (this.errors.size() == MAX_LISTED_ERRORS) {
					all.add(new FieldError("file", "cost.import.moreErrors", this.badRows
							+ " rows are bad in all; only the first " + MAX_LISTED_ERRORS + " errors are listed",
							null));
				}
				throw new InvalidInput(all);
			}
			if (this.good == 0) {
				throw InvalidInput.of("file", "cost.import.noLines", "has no cost lines below its header row");
			}
			flush();
			return this.good;
		}

		private void flush() {
			if (!this.pending.isEmpty()) {
				CostLedger.this.store.insert(this.project, this.years, this.pending, null, this.username, this.at);
				this.pending.clear();
			}
		}

		private static String column(String field) {
			return "incurredOn".equals(field) ? "incurred_on" : field;
		}

	}

}
