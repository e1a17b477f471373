package org.serviceweek.shoutout;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyValueRepository extends JpaRepository<CompanyValue, Long> {

	List<CompanyValue> findAllByOrderByActiveDescPositionAscNameAsc();

	List<CompanyValue> findByActiveTrueOrderByPositionAscNameAsc();

	Optional<CompanyValue> findByNameIgnoreCase(String name);

}
