package org.serviceweek.listening;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SuggestionCategoryRepository extends JpaRepository<SuggestionCategory, Long> {

	List<SuggestionCategory> findByActiveTrueOrderByPositionAscIdAsc();

	List<SuggestionCategory> findAllByOrderByActiveDescPositionAscIdAsc();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

}
