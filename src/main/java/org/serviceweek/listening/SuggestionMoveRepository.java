package org.serviceweek.listening;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SuggestionMoveRepository extends JpaRepository<SuggestionMove, Long> {

	@Query("""
			select m from SuggestionMove m join fetch m.movedBy where m.suggestion.id = :suggestionId
			order by m.movedAt, m.id
			""")
	List<SuggestionMove> findBySuggestion(Long suggestionId);

}
