package com.crmtracker.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MethodologyTemplateRepository extends JpaRepository<MethodologyTemplate, String> {

	List<MethodologyTemplate> findAllByOrderByBuiltinDescCodeAsc();

}
