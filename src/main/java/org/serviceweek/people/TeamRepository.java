package org.serviceweek.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

	Optional<Team> findByNameIgnoreCase(String name);

	@EntityGraph(attributePaths = "lead")
	Optional<Team> findWithLeadById(Long id);

	@Query("select t from Team t left join fetch t.lead order by t.name")
	List<Team> findAllWithLead();

}
