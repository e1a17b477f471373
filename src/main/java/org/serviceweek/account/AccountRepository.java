package org.serviceweek.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a join fetch a.person p where p.email = :email")
	Optional<Account> findByEmail(String email);

	@Query("select a from Account a join fetch a.person p where p.id = :personId")
	Optional<Account> findByPersonId(Long personId);

	@Query("select a from Account a join fetch a.person p left join fetch p.team order by p.name")
	List<Account> findAllWithPerson();

	long countByRoleAndEnabledTrue(Role role);

}
