package org.serviceweek.shoutout;

import java.time.Instant;

/**
 * A shout-out's id and when it was written: enough to order, count and pick shout-outs
 * before loading the few that a page shows.
 */
record DatedShoutOut(long id, Instant createdAt) {

}
