package org.serviceweek.listening;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

	java.util.Optional<Suggestion> findBySubmissionKey(String submissionKey);

	@EntityGraph(attributePaths = { "category", "author", "answeredBy" })
	Optional<Suggestion> findWithDetailsById(Long id);

	@EntityGraph(attributePaths = { "category", "author", "answeredBy" })
	List<Suggestion> findByStateInOrderByCreatedAtAscIdAsc(Collection<SuggestionState> states);

	@EntityGraph(attributePaths = { "category", "author", "answeredBy" })
	List<Suggestion> findByCategoryIdAndStateInOrderByCreatedAtAscIdAsc(Long categoryId,
			Collection<SuggestionState> states);

	/** Items closed (done or "won't do") since a moment, the latest first. */
	@EntityGraph(attributePaths = { "category", "answeredBy" })
	@Query("""
			select s from Suggestion s where s.state in :states and s.stateChangedAt >= :since
			order by s.stateChangedAt desc, s.id desc
			""")
	List<Suggestion> findMovedToSince(Collection<SuggestionState> states, Instant since);

	@Query("select s.category.id, s.state, count(s) from Suggestion s group by s.category.id, s.state")
	List<Object[]> countByCategoryAndState();

}
