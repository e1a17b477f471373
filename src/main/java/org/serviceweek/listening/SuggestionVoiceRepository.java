package org.serviceweek.listening;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SuggestionVoiceRepository extends JpaRepository<SuggestionVoice, SuggestionVoice.Key> {

	@Query("""
			select v.suggestionId, count(v) from SuggestionVoice v where v.suggestionId in :ids
			group by v.suggestionId
			""")
	List<Object[]> countBySuggestions(Collection<Long> ids);

	long countBySuggestionId(Long suggestionId);

}
