package org.serviceweek.fame;

import java.util.List;

/**
 * What a manager enters to induct someone: the person, the award category, the year, the
 * citation and, optionally, the shout-outs that earned it.
 */
public record InductionRequest(Long personId, Long categoryId, Integer year, String citation, List<Long> shoutOutIds) {
}
