package com.crmtracker.scorecard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BallotRepository extends JpaRepository<Ballot, Long> {

	List<Ballot> findByRoundIdInOrderByExpert(Collection<Long> roundIds);

	Optional<Ballot> findByRoundIdAndExpert(long roundId, String expert);

}
