package com.crmtracker.costing;

import org.springframework.data.jpa.repository.JpaRepository;

interface CostingSettingsRepository extends JpaRepository<CostingSettings, Long> {

}
