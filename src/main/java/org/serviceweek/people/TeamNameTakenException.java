package org.serviceweek.people;

public class TeamNameTakenException extends RuntimeException {

	TeamNameTakenException(String name) {
		super("Team name already used: " + name);
	}

}
