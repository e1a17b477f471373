/**
 * Running the app: the audit log (who did what, when), Prometheus metrics counted from
 * the features' events, and request ids in the logs. It listens to the other modules and
 * none of them depends on it.
 */
package org.serviceweek.operations;
