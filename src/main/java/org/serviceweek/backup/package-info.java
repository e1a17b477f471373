/**
 * Backups of the database while the app runs: the built-in H2 database in a file is
 * copied by H2's online backup and downloaded by an administrator; PostgreSQL is backed
 * up with its own tools.
 */
package org.serviceweek.backup;
