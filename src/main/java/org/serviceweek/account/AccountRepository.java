package org.serviceweek.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a join fetch a.person p where p.email = :email")
	Optional<Account> findByEmail(String email);

	@Query("select a from Account a join fetch a.person p where p.id = :personId")
	Optional<Account> findByPersonId(Long personId);

	@Query("select a from Account a join fetch a.person where a.ssoIssuer = :issuer and a.ssoSubject = :subject")
	Optional<Account> findByCompanyAccount(String issuer, String subject);

	@Query("select a from Account a join fetch a.person p left join fetch p.team order by p.name")
	List<Account> findAllWithPerson();

	long countByRoleAndEnabledTrue(Role role);

	/**
	 * Locks the enabled accounts of a role, so that two admins cannot demote each other
	 * at once.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.role = :role and a.enabled = true")
	List<Account> lockEnabledByRole(Role role);

}
