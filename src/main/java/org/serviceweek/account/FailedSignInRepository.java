package org.serviceweek.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface FailedSignInRepository extends JpaRepository<FailedSignIns, String> {

}
