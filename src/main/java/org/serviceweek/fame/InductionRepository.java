package org.serviceweek.fame;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InductionRepository extends JpaRepository<Induction, Long> {

	@EntityGraph(attributePaths = { "person", "person.team", "category", "shoutOutIds" })
	Optional<Induction> findWithDetailsById(Long id);

	boolean existsByPersonIdAndCategoryIdAndYear(Long personId, Long categoryId, int year);

	@Query("""
			select i from Induction i join fetch i.person p left join fetch p.team join fetch i.category
			order by i.year desc, i.createdAt desc, i.id desc
			""")
	List<Induction> findAllForManagers();

	/**
	 * What visitors may see: the person agreed to appear on the public wall, and the
	 * award's year has come.
	 */
	@Query("""
			select i from Induction i join fetch i.person p left join fetch p.team join fetch i.category
			where p.publicConsent = true and i.year <= :lastYear order by i.year desc, i.createdAt desc, i.id desc
			""")
	List<Induction> findPublic(int lastYear, Pageable pageable);

	@Query("""
			select i from Induction i join fetch i.person p left join fetch p.team join fetch i.category
			where p.id = :personId order by i.year desc, i.id desc
			""")
	List<Induction> findByPerson(Long personId);

}
