package org.serviceweek.account;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FailedSignInRepository extends JpaRepository<FailedSignIns, String> {

	java.util.List<FailedSignIns> findByLockedUntilAfter(java.time.Instant now);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from FailedSignIns f where f.username = :username")
	Optional<FailedSignIns> lockById(String username);

	/** Forgets a name's count; nothing happens when it is already gone. */
	@Modifying
	@Query("delete from FailedSignIns f where f.username = :username")
	int forget(String username);

}
