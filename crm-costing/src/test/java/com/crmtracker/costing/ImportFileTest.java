package com.crmtracker.costing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFileTest {

	@Test
	void aFileNameKeepsNoControlCharacterNoPathAndAtMost255Characters() {
		assertThat(ImportFile.csv("März\u0000 \u0007plan.csv").name()).isEqualTo("März_ _plan.csv");
		assertThat(ImportFile.csv("C:\\Users\\fin\\costs.csv").name()).isEqualTo("costs.csv");
		assertThat(ImportFile.csv("../../etc/成本.csv").name()).isEqualTo("成本.csv");
		assertThat(ImportFile.csv("  ").name()).isEqualTo("upload.csv");
		assertThat(ImportFile.xlsx(null).name()).isEqualTo("upload.xlsx");
		assertThat(ImportFile.csv("x".repeat(300) + ".csv").name()).hasSize(255);
	}

}
