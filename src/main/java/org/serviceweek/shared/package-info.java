/**
 * Cross-cutting pieces every feature uses: the clock, error handling and web helpers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.serviceweek.shared;
