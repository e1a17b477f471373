package org.serviceweek.frontline;

/**
 * Someone else saved the ride-along while this person was editing it. Carries it as it is
 * now, so the form can show what is saved and keep what was typed.
 */
public class RideAlongConflictException extends RuntimeException {

	private final transient RideAlong current;

	RideAlongConflictException(RideAlong current) {
		super("Ride-along " + current.getId() + " was changed by someone else");
		this.current = current;
	}

	public RideAlong getCurrent() {
		return this.current;
	}

}
