package org.serviceweek.week;

import org.springframework.data.jpa.repository.JpaRepository;

interface CelebrationWeekRepository extends JpaRepository<CelebrationWeek, Integer> {

}
