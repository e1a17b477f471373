package org.serviceweek.listening;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SuggestionCommentRepository extends JpaRepository<SuggestionComment, Long> {

	@Query("select c from SuggestionComment c join fetch c.author where c.suggestionId = :suggestionId order by c.createdAt, c.id")
	List<SuggestionComment> findBySuggestion(Long suggestionId);

	@Query("""
			select c.suggestionId, count(c) from SuggestionComment c where c.suggestionId in :ids
			group by c.suggestionId
			""")
	List<Object[]> countBySuggestions(Collection<Long> ids);

}
