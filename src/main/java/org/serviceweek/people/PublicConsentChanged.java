package org.serviceweek.people;

/**
 * A person agreed to appear on the public wall, or withdrew that agreement: what visitors
 * may see of the shout-outs naming them changes. Published inside the transaction that
 * makes the change, so that what depends on it changes with it or not at all.
 */
public record PublicConsentChanged(long personId, boolean consent) {
}
