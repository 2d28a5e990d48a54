package com.crmtracker.scorecard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScorecardSettingsRepository extends JpaRepository<ScorecardSettings, Long> {

}
