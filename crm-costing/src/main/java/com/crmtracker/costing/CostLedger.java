package com.crmtracker.costing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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

	/** How long a file uploaded for a preview is kept. */
	static final int STAGED_MINUTES = 30;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** At most this many bad rows are listed; the rest are counted. */
	static final int MAX_LISTED_ERRORS = 1000;

	/**
	 * An import sums the summaries' deltas of at most this many keys in all (about 20 MB
	 * of heap at most; a file of 100,000 lines over a few years has about 40,000); a file
	 * with more is summed from its stored lines instead.
	 */
	static final int MAX_SUMMED_KEYS = 100_000;

	/** {@link #MAX_SUMMED_KEYS}; a test of the other way lowers it. */
	int maxSummedKeys = MAX_SUMMED_KEYS;

	/** The largest page of the ledger one may ask for. */
	public static final int MAX_PAGE_SIZE = 500;

	private final CostLineRepository lines;

	private final RecurringRuleRepository rules;

	private final CostStore store;

	private final CostSummary summary;

	private final CostImports imports;

	private final ProjectPlans plans;

	private final Clock clock;

	private final CostBin bin;

	CostLedger(CostLineRepository lines, RecurringRuleRepository rules, CostStore store, CostSummary summary,
			CostImports imports, ProjectPlans plans, CostBin bin, Clock clock) {
		this.imports = imports;
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
	 * Imports a file, all or nothing: any bad row and nothing is stored; the refusal
	 * lists every bad row (up to {@value #MAX_LISTED_ERRORS}) with its spreadsheet row,
	 * field and value. Rows are checked as they are read and written with one
	 * {@code COPY} in this transaction; the summaries' deltas are summed in memory as the
	 * rows are read and written with one statement a summary
	 * ({@link CostSummary#addImport(long, TcoYears, long, CostSummary.Deltas)}). Lines a
	 * recurring rule generated ({@code generated} true) are skipped: their rule makes
	 * them. A file identical to an earlier import of the project is refused
	 * ({@link DuplicateImport}) unless {@code allowDuplicate}, also when both are sent at
	 * the same moment (the check is held per project and content until the import
	 * commits).
	 */
	@Transactional
	public ImportResult importFile(ProjectHandle project, ImportFile file, InputStream content,
			boolean allowDuplicate) {
		TcoYears years = requireMoney(project);
		Instant at = now();
		long importId = this.imports.begin(project.value(), file.name(), project.username(), at);
		// nothing else may use the connection while the COPY is open: the import asks its
		// questions first, and its last ones after the COPY ended
		Import running = new Import(project, years);
		CostStore.LineCopy copy = this.store.copy(project.value(), importId, project.username(), at);
		running.copy = copy;
		running.deltas = new CostSummary.Deltas(years, 1, this.maxSummedKeys);
		try {
			String sha256 = read(file, content, running);
			running.requireGood();
			copy.finish();
			// two identical files at the same moment: the second waits here for the first
			this.imports.lockSameFile(project.value(), sha256);
			CostImportView same = this.imports.sameFile(project.value(), sha256, importId).orElse(null);
			if (same != null && !allowDuplicate) {
				throw new DuplicateImport(same);
			}
			this.summary.addImport(project.value(), years, importId, running.deltas);
			this.imports.finish(importId, sha256, running.good, running.skipped);
			return new ImportResult(importId, running.good, running.skipped);
		}
		finally {
			copy.cancel();
		}
	}

	/** Imports a CSV file in UTF-8 ({@link #importFile}); answers the lines imported. */
	@Transactional
	public int importCsv(ProjectHandle project, InputStream csv) {
		return importFile(project, ImportFile.csv(null), csv, false).imported();
	}

	/** Imports the first sheet of an XLSX workbook ({@link #importFile}). */
	@Transactional
	public int importXlsx(ProjectHandle project, InputStream xlsx) {
		return importFile(project, ImportFile.xlsx(null), xlsx, false).imported();
	}

	/** The imports of the project, the latest first. */
	public List<CostImportView> imports(ProjectHandle project) {
		return this.imports.list(project.value());
	}

	/**
	 * Undoes an import: removes exactly its lines (as they are now, changed or not), and
	 * the recurring rules that take one of them as source with the lines they generated.
	 */
	@Transactional
	public void undoImport(ProjectHandle project, long importId) {
		TcoYears years = requireMoney(project);
		this.imports.find(project.value(), importId)
			.orElseThrow(() -> new NotFound("No import " + importId + " in project " + project.value()));
		for (Long ruleId : this.imports.rulesFromLinesOf(importId)) {
			this.store.deleteGenerated(project.value(), years, ruleId);
			this.rules.deleteById(ruleId);
		}
		this.rules.flush();
		this.summary.addImport(project.value(), years, importId, -1);
		this.imports.delete(importId);
	}

	/**
	 * Keeps a file for a preview ({@link #preview}) and a later {@link #commitStaged};
	 * answers the random token that names it. Kept for {@value #STAGED_MINUTES} minutes.
	 */
	@Transactional
	public String stage(ProjectHandle project, ImportFile file, InputStream content) throws IOException {
		project.require(ProjectRight.CHANGE_MONEY);
		Instant now = now();
		this.imports.dropExpired(now);
		byte[] token = new byte[24];
		RANDOM.nextBytes(token);
		String name = HexFormat.of().formatHex(token);
		this.imports.stage(name, project.value(), project.username(), file, content.readAllBytes(),
				now.plus(Duration.ofMinutes(STAGED_MINUTES)));
		return name;
	}

	/** What importing a kept file would store; stores nothing. */
	public ImportPreview preview(ProjectHandle project, String token) {
		project.require(ProjectRight.CHANGE_MONEY);
		CostImports.Staged staged = staged(project, token);
		Import running = new Import(project, years(project));
		ImportFile file = file(staged);
		String sha256;
		try {
			sha256 = read(file, new ByteArrayInputStream(staged.content()), running);
		}
		catch (InvalidInput refusal) {
			running.refusal(refusal);
			sha256 = null;
		}
		CostImportView same = sha256 == null ? null : this.imports.sameFile(project.value(), sha256, null).orElse(null);
		return running.preview(file.name(), same);
	}

	/** The name of a kept file, for the page that shows its preview. */
	public String stagedName(ProjectHandle project, String token) {
		project.require(ProjectRight.CHANGE_MONEY);
		return staged(project, token).fileName();
	}

	/** Imports a kept file ({@link #importFile}) and forgets it. */
	@Transactional
	public ImportResult commitStaged(ProjectHandle project, String token, boolean allowDuplicate) {
		project.require(ProjectRight.CHANGE_MONEY);
		CostImports.Staged staged = staged(project, token);
		ImportResult result = importFile(project, file(staged), new ByteArrayInputStream(staged.content()),
				allowDuplicate);
		this.imports.unstage(token);
		return result;
	}

	/** Forgets a kept file without importing it. */
	@Transactional
	public void discardStaged(ProjectHandle project, String token) {
		project.require(ProjectRight.CHANGE_MONEY);
		this.imports.unstage(staged(project, token).token());
	}

	private CostImports.Staged staged(ProjectHandle project, String token) {
		return this.imports.staged(token, project.value(), project.username(), now())
			.orElseThrow(() -> new NotFound("No kept upload " + token + " in project " + project.value()
					+ ": it was imported, discarded or has expired"));
	}

	private static ImportFile file(CostImports.Staged staged) {
		return new ImportFile(staged.fileName(), staged.xlsx(), Charset.forName(staged.charset()));
	}

	/** Reads the whole file into the handler; answers the SHA-256 of its bytes. */
	private static String read(ImportFile file, InputStream content, Import running) {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		DigestInputStream in = new DigestInputStream(content, sha256);
		if (file.xlsx()) {
			CostFiles.readXlsx(in, running);
		}
		else {
			CostFiles.readCsv(in, file.charset(), running);
		}
		try {
			// what the reader left unread (after a refusal) still belongs to the file
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	/** Writes the filtered ledger as CSV, in the columns import takes. */
	public void exportCsv(ProjectHandle project, CostFilter filter, OutputStream out) {
		CostFiles.writeCsv(out, each -> this.store.forEach(project.value(), years(project), filter, each));
	}

	/** Writes the filtered ledger as XLSX, in the columns import takes. */
	public void exportXlsx(ProjectHandle project, CostFilter filter, OutputStream out) {
		CostFiles.writeXlsx(out, each -> this.store.forEach(project.value(), years(project), filter, each));
	}

	/** The CSV template: the header row and an example row. */
	public static void csvTemplate(OutputStream out) {
		CostFiles.writeCsvTemplate(out);
	}

	/**
	 * The XLSX template: the header and an example row, and a second sheet with the codes
	 * of every column in English and Chinese.
	 */
	public static void xlsxTemplate(OutputStream out, CodeNames names) {
		CostFiles.writeXlsxTemplate(out, names);
	}

	/**
	 * The name of a code of a column ({@code category}, {@code stage}, …) in a language.
	 */
	@FunctionalInterface
	public interface CodeNames {

		String name(String column, String code, Locale locale);

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
	 * One import or preview: checks every row; good rows go to the COPY (none for a
	 * preview) until the first bad one, and are counted by category and year.
	 */
	private final class Import implements CostFiles.RowHandler {

		private final TcoYears years;

		private final int phaseCount;

		/** Where good lines go; none for a preview. */
		private CostStore.LineCopy copy;

		/** The summaries' deltas of the good lines; none for a preview. */
		private CostSummary.Deltas deltas;

		private final List<FieldError> errors = new ArrayList<>();

		private final Map<String, ImportPreview.Group> groups = new TreeMap<>();

		private int badRows;

		private int good;

		private int skipped;

		Import(ProjectHandle project, TcoYears years) {
			this.years = years;
			this.phaseCount = phaseCount(project);
		}

		@Override
		public void row(int row, CostLineInput input, String generated) {
			Boolean isGenerated = generated(generated);
			if (isGenerated == null) {
				this.badRows++;
				add(new FieldError("generated", "cost.import.generated.invalid", "must be true or false", row)
					.withValue(generated));
				return;
			}
			if (isGenerated) {
				this.skipped++;
				return;
			}
			CostLineRules.Checked checked = CostLineRules.check(input, this.phaseCount, row);
			if (!checked.errors().isEmpty()) {
				this.badRows++;
				for (FieldError error : checked.errors()) {
					add(new FieldError(column(error.field()), error.code(), error.message(), row)
						.withValue(value(input, error.field())));
				}
				return;
			}
			this.good++;
			CostLineDraft line = checked.draft();
			count(line);
			if (this.badRows == 0 && this.copy != null) {
				this.copy.add(line);
				this.deltas.add(line);
			}
		}

		@Override
		public void refuse(FieldError error, boolean last) {
			this.badRows++;
			add(error);
		}

		/** A refusal of the whole file (its header), for a preview. */
		void refusal(InvalidInput refusal) {
			this.badRows++;
			refusal.errors().forEach(this::add);
		}

		void requireGood() {
			List<FieldError> all = listed();
			if (!all.isEmpty()) {
				throw new InvalidInput(all);
			}
		}

		ImportPreview preview(String fileName, CostImportView sameFile) {
			BigDecimal planned = BigDecimal.ZERO.setScale(2);
			BigDecimal actual = BigDecimal.ZERO.setScale(2);
			for (ImportPreview.Group group : this.groups.values()) {
				planned = planned.add(group.planned());
				actual = actual.add(group.actual());
			}
			return new ImportPreview(fileName, this.good, this.skipped, List.copyOf(this.groups.values()), planned,
					actual, listed(), this.badRows, sameFile);
		}

		/** Every listed error, or why a file without errors stores nothing. */
		private List<FieldError> listed() {
			List<FieldError> all = new ArrayList<>(this.errors);
			if (this.badRows > 0) {
				if (this.errors.size() == MAX_LISTED_ERRORS) {
					all.add(new FieldError("file", "cost.import.moreErrors", this.badRows
							+ " rows are bad in all; only the first " + MAX_LISTED_ERRORS + " errors are listed",
							null));
				}
			}
			else if (this.good == 0 && this.skipped > 0) {
				all.add(new FieldError("file", "cost.import.onlyGenerated",
						"has only lines generated by recurring rules, which their rules make: nothing to import",
						null));
			}
			else if (this.good == 0) {
				all.add(new FieldError("file", "cost.import.noLines", "has no cost lines below its header row", null));
			}
			return all;
		}

		private void add(FieldError error) {
			if (this.errors.size() < MAX_LISTED_ERRORS) {
				this.errors.add(error);
			}
		}

		private void count(CostLineDraft line) {
			int year = this.years.yearOf(line.incurredOn());
			String key = line.category().ordinal() / 10 + "" + line.category().ordinal() % 10 + "-" + year;
			boolean isPlanned = line.kind() == CostKind.PLANNED;
			this.groups.merge(key,
					new ImportPreview.Group(line.category(), year, 1,
							isPlanned ? line.amount() : BigDecimal.ZERO.setScale(2),
							isPlanned ? BigDecimal.ZERO.setScale(2) : line.amount()),
					(a, b) -> new ImportPreview.Group(a.category(), a.tcoYear(), a.lines() + b.lines(),
							a.planned().add(b.planned()), a.actual().add(b.actual())));
		}

		private static Boolean generated(String text) {
			if (text == null || text.isBlank()) {
				return false;
			}
			String value = text.strip().toLowerCase(Locale.ROOT);
			return switch (value) {
				case "true", "1", "yes", "是" -> true;
				case "false", "0", "no", "否" -> false;
				default -> null;
			};
		}

		/** The offending value as the file held it, shortened for a message. */
		private static String value(CostLineInput input, String field) {
			String value = switch (field) {
				case "category" -> input.category();
				case "stage" -> input.stage();
				case "kind" -> input.kind();
				case "incurredOn" -> input.incurredOn();
				case "amount" -> input.amount();
				case "vendor" -> input.vendor();
				case "description" -> input.description();
				case "phase" -> input.phase();
				case "driver" -> input.driver();
				case "purpose" -> input.purpose();
				default -> null;
			};
			return value == null || value.length() <= 80 ? value : value.substring(0, 80) + "…";
		}

		private static String column(String field) {
			return "incurredOn".equals(field) ? "incurred_on" : field;
		}

	}

}
