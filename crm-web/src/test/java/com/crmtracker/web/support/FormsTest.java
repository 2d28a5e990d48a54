package com.crmtracker.web.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.StaleVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.validation.autoconfigure.ValidatorAdapter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A command record bound through {@link Forms}: after a text that is no value of its type
 * the form comes back whole with every error of the submit, the module's rules add theirs
 * on the other fields, and a refusal of the facade lands on the fields it names.
 */
class FormsTest {

	enum Kind {

		PLANNED, ACTUAL

	}

	/** A command as the pages have them: a date, an amount, a code and a name. */
	record Entry(@NotNull LocalDate incurredOn, @NotNull @DecimalMin("0") BigDecimal amount, @NotNull Kind kind,
			@NotBlank String name) {
	}

	/**
	 * What the module's rules say: an amount above 1000.00 needs a name with "approved".
	 */
	static List<FieldError> rules(Entry entry) {
		List<FieldError> errors = new ArrayList<>();
		if (entry.amount() != null && entry.amount().compareTo(new BigDecimal("1000.00")) > 0
				&& (entry.name() == null || !entry.name().contains("approved"))) {
			errors.add(new FieldError("AMOUNT", "entry.amount.tooLarge", "needs an approval", null));
		}
		return errors;
	}

	/** A page with one form; {@code refuse} makes the facade refuse the change. */
	@Controller
	static class EntryPage {

		final List<Entry> saved = new ArrayList<>();

		Forms.Bound<Entry> last;

		Forms.Outcome outcome;

		@PostMapping("/entries")
		String add(@Valid @ModelAttribute("entryForm") Entry form, BindingResult result,
				@RequestParam(required = false) String refuse, Model model) {
			this.last = Forms.bind(form, result, model)
				.renaming(Map.of("AMOUNT", "amount", "NAME", "name"))
				.rules(FormsTest::rules);
			this.outcome = this.last.save(entry -> {
				switch (refuse == null ? "" : refuse) {
					case "fields" ->
						throw new InvalidInput(List.of(new FieldError("NAME", "entry.name.taken", "is taken", null),
								new FieldError("AMOUNT", "entry.amount.closed", "period closed", null)));
					case "conflict" -> throw new Conflict("entry.locked", "the ledger is locked");
					case "stale" -> throw new StaleVersion("entry", 3);
					default -> this.saved.add(entry);
				}
			});
			return "entries/form";
		}

	}

	EntryPage page;

	MockMvc mvc;

	@BeforeEach
	void page() {
		this.page = new EntryPage();
		DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();
		TypedValueFormatters.register(conversion);
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.afterPropertiesSet();
		// as in the application: Spring Boot's adapter around the validator
		this.mvc = MockMvcBuilders.standaloneSetup(this.page)
			.setConversionService(conversion)
			.setValidator(ValidatorAdapter.get(null, validator))
			.setControllerAdvice(new EveryFieldValidated(validator))
			.build();
	}

	private MvcResult submit(String incurredOn, String amount, String kind, String name, String refuse)
			throws Exception {
		var request = post("/entries").param("incurredOn", incurredOn)
			.param("amount", amount)
			.param("kind", kind)
			.param("name", name);
		if (refuse != null) {
			request.param("refuse", refuse);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn();
	}

	private static BindingResult errorsOf(MvcResult result) {
		return (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "entryForm");
	}

	private static Object formOf(MvcResult result) {
		return result.getModelAndView().getModel().get("entryForm");
	}

	private static List<String> codes(BindingResult errors, String field) {
		return errors.getFieldErrors(field).stream().map(org.springframework.validation.FieldError::getCode).toList();
	}

	@Test
	void aBadDateAndABlankNameAreBothShownAndTheFormKeepsTheOtherValues() throws Exception {
		MvcResult result = submit("31.06.2026", "12.50", "actual", " ", null);

		BindingResult errors = errorsOf(result);
		assertThat(codes(errors, "incurredOn")).containsExactly("typeMismatch");
		assertThat(codes(errors, "name")).containsExactly("NotBlank");
		assertThat(errors.getErrorCount()).isEqualTo(2);
		// the form comes back whole: the date as typed, the other fields as bound
		assertThat(formOf(result)).isEqualTo(new Entry(null, new BigDecimal("12.50"), Kind.ACTUAL, " "));
		assertThat(errors.getTarget()).isSameAs(formOf(result));
		assertThat(errors.getFieldValue("incurredOn")).isIn("31.06.2026", List.of("31.06.2026"));
		assertThat(errors.getFieldValue("amount")).isEqualTo(new BigDecimal("12.50"));
		assertThat(this.page.outcome).isEqualTo(Forms.Outcome.REFUSED);
		assertThat(this.page.saved).isEmpty();
	}

	@Test
	void everyFieldThatIsNoValueOfItsTypeIsShownTogetherWithTheConstraintsOfTheOthers() throws Exception {
		MvcResult result = submit("2026-02-30", "12,50", "someday", "", null);

		BindingResult errors = errorsOf(result);
		assertThat(codes(errors, "incurredOn")).containsExactly("typeMismatch");
		assertThat(codes(errors, "amount")).containsExactly("typeMismatch");
		assertThat(codes(errors, "kind")).containsExactly("typeMismatch");
		assertThat(codes(errors, "name")).containsExactly("NotBlank");
		assertThat(errors.getFieldValue("amount")).isIn("12,50", List.of("12,50"));
		assertThat(formOf(result)).isEqualTo(new Entry(null, null, null, ""));
	}

	@Test
	void theModulesRulesAreAddedOnTheFieldsWithoutAnErrorYetUnderTheFormsNames() throws Exception {
		MvcResult result = submit("30.06.2026", "2000.00", "PLANNED", "licences", null);

		BindingResult errors = errorsOf(result);
		assertThat(codes(errors, "incurredOn")).containsExactly("typeMismatch");
		assertThat(codes(errors, "amount")).containsExactly("entry.amount.tooLarge");
		assertThat(errors.getGlobalErrors()).isEmpty();
		assertThat(this.page.saved).isEmpty();
	}

	@Test
	void aFieldThatAlreadyHasAnErrorGetsNoRuleErrorOnTop() throws Exception {
		MvcResult result = submit("30.06.2026", "-2000.00", "PLANNED", "licences", null);

		assertThat(codes(errorsOf(result), "amount")).containsExactly("DecimalMin");
	}

	@Test
	void aGoodSubmitIsSavedWithTypedValuesAndTheRulesAreLeftToTheFacade() throws Exception {
		MvcResult result = submit("2026-06-30", "2000.00", "actual", "licences", null);

		assertThat(errorsOf(result).hasErrors()).isFalse();
		assertThat(this.page.outcome).isEqualTo(Forms.Outcome.SAVED);
		assertThat(this.page.saved)
			.containsExactly(new Entry(LocalDate.of(2026, 6, 30), new BigDecimal("2000.00"), Kind.ACTUAL, "licences"));
	}

	@Test
	void aRefusalOfTheFacadeLandsOnTheFieldsItNamesUnderTheFormsNames() throws Exception {
		MvcResult result = submit("2026-06-30", "10.00", "PLANNED", "licences", "fields");

		BindingResult errors = errorsOf(result);
		assertThat(this.page.outcome).isEqualTo(Forms.Outcome.REFUSED);
		assertThat(codes(errors, "name")).containsExactly("entry.name.taken");
		assertThat(codes(errors, "amount")).containsExactly("entry.amount.closed");
		assertThat(this.page.saved).isEmpty();
	}

	@Test
	void aConflictIsAFormErrorAndAStaleVersionAsksForTheConflictView() throws Exception {
		BindingResult conflict = errorsOf(submit("2026-06-30", "10.00", "PLANNED", "licences", "conflict"));
		assertThat(this.page.outcome).isEqualTo(Forms.Outcome.REFUSED);
		assertThat(conflict.getGlobalErrors()).singleElement()
			.satisfies(e -> assertThat(e.getCode()).isEqualTo("entry.locked"));

		BindingResult stale = errorsOf(submit("2026-06-30", "10.00", "PLANNED", "licences", "stale"));
		assertThat(this.page.outcome).isEqualTo(Forms.Outcome.STALE);
		assertThat(stale.getGlobalErrors()).singleElement()
			.satisfies(e -> assertThat(e.getCode()).isEqualTo("conflict.stale"));
	}

	@Test
	void aFormWithErrorsOfItsOwnNeverReachesTheFacade() throws Exception {
		submit("2026-06-30", "10.00", "PLANNED", " ", "stale");

		assertThat(this.page.outcome).isEqualTo(Forms.Outcome.REFUSED);
	}

}
