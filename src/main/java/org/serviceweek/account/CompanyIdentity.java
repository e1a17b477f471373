package org.serviceweek.account;

/**
 * Who the company's identity provider says signed in: the issuer and subject that never
 * change for that person, and the email and name it sends today.
 *
 * @param issuer the provider's issuer URI
 * @param subject the person's stable id at that provider
 * @param email a verified email (lower-cased), or {@code null} when the provider sent
 * none that may be trusted
 * @param name the name to give a person who is not in the directory yet
 */
record CompanyIdentity(String issuer, String subject, String email, String name) {

}
