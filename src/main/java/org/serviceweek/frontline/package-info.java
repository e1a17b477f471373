/**
 * Leaders beside agents ("trading places" all year): people marked as leaders book an
 * hour beside a team or an agent, the team sees who is coming, the leader writes down
 * what they learned, and managers follow month by month who did their hour.
 */
package org.serviceweek.frontline;
