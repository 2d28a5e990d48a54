package com.crmtracker.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BaselineRepository extends JpaRepository<Baseline, Long> {

	List<Baseline> findByProjectIdOrderByCreatedAtDesc(long projectId);

	boolean existsByProjectIdAndName(long projectId, String name);

}
