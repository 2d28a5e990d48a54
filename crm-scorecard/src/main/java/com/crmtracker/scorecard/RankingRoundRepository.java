package com.crmtracker.scorecard;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RankingRoundRepository extends JpaRepository<RankingRound, Long> {

	List<RankingRound> findByRankingIdOrderByNumber(long rankingId);

	List<RankingRound> findByRankingIdInOrderByNumber(Collection<Long> rankingIds);

}
