package org.serviceweek.fame;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardCategoryRepository extends JpaRepository<AwardCategory, Long> {

	List<AwardCategory> findByActiveTrueOrderByPositionAscNameAsc();

	List<AwardCategory> findAllByOrderByActiveDescPositionAscNameAsc();

	Optional<AwardCategory> findByNameIgnoreCase(String name);

}
