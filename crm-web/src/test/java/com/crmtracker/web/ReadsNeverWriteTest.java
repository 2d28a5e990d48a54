package com.crmtracker.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A GET never changes a row: every GET page and endpoint of the application, called as
 * each role and as an outsider on the demo project, leaves every table as it was (row
 * count and a checksum of all rows per table), and none answers a 500. Sessions are left
 * out: a signed-in browser's session row is the login's, not a write of the page.
 */
@WebAppTest
class ReadsNeverWriteTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProjectAccess access;

	@Autowired
	Projects projects;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void crawlingEveryGetAsEveryRoleChangesNoRow() throws Exception {
		Map<String, String> variables = demoVariables();
		List<String> paths = getPaths(variables);
		assertThat(paths).contains("/projects/" + variables.get("id") + "/tco",
				"/api/v1/projects/" + variables.get("id") + "/tco", "/projects/" + variables.get("id") + "/board-pack");
		this.jdbc.update("insert into user_account (username, display_name, password_hash, enabled) "
				+ "select 'crawl.outsider', 'Outsider', 'x', true where not exists "
				+ "(select 1 from user_account where username = 'crawl.outsider')");
		Map<String, RequestPostProcessor> roles = new LinkedHashMap<>();
		roles.put("admin", user("admin").roles("ADMIN"));
		roles.put("director", user("director").roles("DIRECTOR"));
		roles.put("finance", user("finance").roles("FINANCE"));
		roles.put("steering", user("steering").roles("STEERING"));
		roles.put("outsider", user("crawl.outsider").roles("DIRECTOR", "STEERING"));

		// a start that moved is what once made reads rebuild the cost summary and
		// regenerate rule lines
		moveTheStartOf(Long.parseLong(variables.get("id")));
		Map<String, String> before = checksums();
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, RequestPostProcessor> role : roles.entrySet()) {
			for (String path : paths) {
				int status = this.mvc.perform(get(path).with(role.getValue())).andReturn().getResponse().getStatus();
				if (status >= 500) {
					failures.add(role.getKey() + " GET " + path + " → " + status);
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(checksums()).isEqualTo(before);
	}

	private void moveTheStartOf(long id) {
		ProjectHandle project = this.access.open(new Actor("director", Set.of(Role.DIRECTOR)), new ProjectId(id));
		ProjectSummary now = project.project();
		this.projects.update(project, now.version(), new ProjectDraft(now.name(), now.organisation(), now.currency(),
				now.startDate().minusMonths(1), now.plannedGoLive(), now.status()));
	}

	/** Every GET pattern of the application, with its variables filled in. */
	private List<String> getPaths(Map<String, String> variables) {
		List<String> paths = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			var methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error")) {
					continue;
				}
				Matcher matcher = VARIABLE.matcher(pattern);
				StringBuilder path = new StringBuilder();
				while (matcher.find()) {
					String value = variables.get(matcher.group(1));
					assertThat(value).as("a value for {%s} of %s", matcher.group(1), pattern).isNotNull();
					matcher.appendReplacement(path, Matcher.quoteReplacement(value));
				}
				matcher.appendTail(path);
				paths.add(path.toString());
			}
		}
		paths.sort(String::compareTo);
		return paths;
	}

	/** Ids of the demo project's own things, to fill the path variables. */
	private Map<String, String> demoVariables() {
		long project = this.jdbc.queryForObject("select min(id) from project", Long.class);
		Map<String, String> variables = new TreeMap<>();
		variables.put("id", String.valueOf(project));
		variables.put("number", "1");
		variables.put("format", "csv");
		variables.put("username", "director");
		variables.put("code", "NINE_PHASE");
		variables.put("lineId", first("select min(id) from cost_line where project_id = ?", project));
		variables.put("deliverableId", first("select min(d.id) from deliverable d join project_phase p "
				+ "on p.id = d.phase_id where p.project_id = ?", project));
		variables.put("kpiId", first("select min(id) from scorecard_kpi where project_id = ?", project));
		variables.put("rankingId", first("select min(id) from scorecard_ranking where project_id = ?", project));
		variables.put("baselineId", first("select min(id) from baseline where project_id = ?", project));
		variables.put("importId", "1");
		// a file kept for a preview, so that the preview page is read with a real file
		this.jdbc.update(
				"insert into cost_import_upload (token, project_id, uploaded_by, file_name, xlsx, charset, "
						+ "content, expires_at) values ('crawl-token', ?, 'finance', 'crawl.csv', false, 'UTF-8', ?, "
						+ "timestamptz '2100-01-01 00:00:00Z') on conflict (token) do nothing",
				project, ("category,stage,kind,incurred_on,amount,vendor\n"
						+ "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell\n")
					.getBytes(StandardCharsets.UTF_8));
		variables.put("token", "crawl-token");
		variables.put("memberId", first("select min(id) from project_member where project_id = ?", project));
		return variables;
	}

	private String first(String sql, long project) {
		Long id = this.jdbc.queryForObject(sql, Long.class, project);
		return String.valueOf(id == null ? 999999 : id);
	}

	/**
	 * Per table of the schema (sessions aside): its row count and an MD5 of all its rows.
	 */
	private Map<String, String> checksums() {
		Map<String, String> sums = new TreeMap<>();
		for (String table : this.jdbc.queryForList("select table_name from information_schema.tables "
				+ "where table_schema = current_schema() and table_type = 'BASE TABLE' "
				+ "and table_name not like 'spring_session%'", String.class)) {
			String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
			sums.put(table,
					this.jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by "
							+ "t::text)), '') from " + quoted + " t", String.class));
		}
		return sums;
	}

}
