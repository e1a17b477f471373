package org.serviceweek.fame;

/**
 * Someone entered the wall of fame.
 */
public record PersonInducted(long inductionId, long personId, String award, int year) {
}
