package org.serviceweek.shoutout;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShoutOutReportRepository extends JpaRepository<ShoutOutReport, Long> {

	@Query("select r from ShoutOutReport r where r.shoutOutId in :ids and r.resolvedAt is null order by r.createdAt")
	List<ShoutOutReport> findOpen(Collection<Long> ids);

	boolean existsByShoutOutIdAndReporterIdAndResolvedAtIsNull(Long shoutOutId, Long reporterId);

}
