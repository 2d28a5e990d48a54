package com.crmtracker.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.crmtracker.client.api.CostsApi;
import com.crmtracker.client.api.ProjectsApi;
import com.crmtracker.client.model.CostCategory;
import com.crmtracker.client.model.CostKind;
import com.crmtracker.client.model.CostLineBody;
import com.crmtracker.client.model.CostLineJson;
import com.crmtracker.client.model.LifecycleStage;
import com.crmtracker.client.model.NewProjectJson;
import com.crmtracker.client.model.ProjectJson;
import com.crmtracker.client.model.TcoJson;

/**
 * What an integrator writes against the client generated from the served description
 * (compiled with it by GeneratedClientTest): create a project, post a cost line, read
 * the TCO; the values seen are handed back to the test.
 */
public class RoundTrip implements Function<String, Map<String, String>> {

	@Override
	public Map<String, String> apply(String baseUri) {
		ApiClient client = new ApiClient();
		client.updateBaseUri(baseUri);
		String basic = Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
		client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
		try {
			ProjectsApi projects = new ProjectsApi(client);
			ProjectJson project = projects.createProject(new NewProjectJson().name("Generated client " + System.nanoTime())
				.organisation("Integrator Ltd")
				.currency("CNY")
				.startDate(LocalDate.of(2026, 1, 1))
				.plannedGoLive(LocalDate.of(2026, 10, 1)), null);
			CostsApi costs = new CostsApi(client);
			CostLineJson line = costs.createLine(project.getId(),
					new CostLineBody().category(CostCategory.HARDWARE)
						.stage(LifecycleStage.DEVELOPMENT)
						.kind(CostKind.PLANNED)
						.incurredOn(LocalDate.of(2026, 2, 1))
						.amount("1234.50")
						.vendor("Dell"),
					"round-trip-" + project.getId());
			TcoJson tco = costs.tco(project.getId());
			Map<String, String> seen = new LinkedHashMap<>();
			seen.put("projectStatus", project.getStatus().getValue());
			seen.put("lineCategory", line.getCategory().getValue());
			seen.put("lineAmount", line.getAmount());
			seen.put("lineTcoYear", String.valueOf(line.getTcoYear()));
			seen.put("hardwareYear1", tco.getPlanned().get("HARDWARE").get(0));
			seen.put("plannedTotal", tco.getPlannedTotal());
			seen.put("currency", tco.getCurrency());
			return seen;
		}
		catch (ApiException ex) {
			throw new IllegalStateException(ex.getCode() + " " + ex.getResponseBody(), ex);
		}
	}

}
