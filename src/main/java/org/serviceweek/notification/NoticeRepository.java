package org.serviceweek.notification;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	List<Notice> findByPersonIdOrderByCreatedAtDescIdDesc(Long personId, Pageable pageable);

	long countByPersonIdAndReadAtIsNull(Long personId);

	List<Notice> findByPersonIdAndReadAtIsNull(Long personId);

}
