package org.serviceweek.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

	@EntityGraph(attributePaths = "team")
	Optional<Person> findByEmail(String email);

	/**
	 * A fetch join rather than an entity graph: Hibernate keeps the translated SQL of
	 * this query, where it translated the entity graph's again on every call (a tenth of
	 * a post's CPU, docs/performance.md).
	 */
	@Query("select p from Person p left join fetch p.team where p.id = :id")
	Optional<Person> findWithTeamById(Long id);

	boolean existsByEmail(String email);

	@Query(value = """
			select p from Person p left join fetch p.team t
			where (:teamId is null or t.id = :teamId)
			  and (:query is null or lower(p.name) like :query escape '\\' or p.email like :query escape '\\'
			       or lower(p.jobTitle) like :query escape '\\' or lower(t.name) like :query escape '\\')
			""", countQuery = """
			select count(p) from Person p left join p.team t
			where (:teamId is null or t.id = :teamId)
			  and (:query is null or lower(p.name) like :query escape '\\' or p.email like :query escape '\\'
			       or lower(p.jobTitle) like :query escape '\\' or lower(t.name) like :query escape '\\')
			""")
	Page<Person> search(@Param("query") String likePattern, @Param("teamId") Long teamId, Pageable pageable);

	@Query("select p from Person p left join fetch p.team order by p.name, p.email")
	List<Person> findAllForRoster();

	@Query("select p from Person p left join fetch p.team where p.id in :ids order by p.name, p.email")
	List<Person> findWithTeamByIdIn(@Param("ids") Collection<Long> ids);

	/**
	 * The directory's search without its count: the first matches of a picker. Names that
	 * start with the text come first, then names with a word that does, then other names
	 * that contain it, then matches by email, job title or team; by name within each.
	 */
	@Query("""
			select p from Person p left join fetch p.team t
			where lower(p.name) like :query escape '\\' or p.email like :query escape '\\'
			   or lower(p.jobTitle) like :query escape '\\' or lower(t.name) like :query escape '\\'
			order by case when lower(p.name) like :start escape '\\' then 0
			              when lower(p.name) like :wordStart escape '\\' then 1
			              when lower(p.name) like :query escape '\\' then 2
			              else 3 end,
			         p.name, p.email
			""")
	List<Person> lookup(@Param("query") String likePattern, @Param("start") String startPattern,
			@Param("wordStart") String wordStartPattern, Limit limit);

	@Query("select p from Person p where p.team.id = :teamId order by p.name")
	List<Person> findByTeam(@Param("teamId") Long teamId);

	@Query("select p.team.id, count(p) from Person p where p.team is not null group by p.team.id")
	List<Object[]> countByTeam();

}
