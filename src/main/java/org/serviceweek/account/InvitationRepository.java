package org.serviceweek.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	@Query("select i from Invitation i join fetch i.person where i.tokenHash = :tokenHash")
	Optional<Invitation> findByTokenHash(String tokenHash);

	@Query("""
			select i from Invitation i where i.person.id = :personId
			and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now
			order by i.createdAt desc
			""")
	List<Invitation> findOpenForPerson(Long personId, Instant now);

}
