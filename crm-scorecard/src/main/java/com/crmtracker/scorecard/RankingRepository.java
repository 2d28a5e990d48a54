package com.crmtracker.scorecard;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RankingRepository extends JpaRepository<Ranking, Long> {

	List<Ranking> findByProjectIdOrderByIdDesc(long projectId);

	Optional<Ranking> findByIdAndProjectId(long id, long projectId);

}
