package com.crmtracker.project;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit trail keeps the last values of a deleted row, so the history can say what was
 * deleted; audit tables come from Flyway like every other table.
 */
@Configuration(proxyBeanMethods = false)
class EnversSettings {

	@Bean
	HibernatePropertiesCustomizer enversProperties() {
		return (Map<String, Object> properties) -> {
			properties.put("org.hibernate.envers.store_data_at_delete", "true");
			properties.put("org.hibernate.envers.audit_table_suffix", "_aud");
			properties.put("org.hibernate.envers.revision_field_name", "rev");
			properties.put("org.hibernate.envers.revision_type_field_name", "revtype");
		};
	}

}
