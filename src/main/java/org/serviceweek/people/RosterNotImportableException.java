package org.serviceweek.people;

/**
 * The roster cannot be imported as it is; nothing was saved.
 */
public class RosterNotImportableException extends RuntimeException {

	private final transient RosterPreview preview;

	RosterNotImportableException(RosterPreview preview) {
		super("The roster has problems; nothing was imported");
		this.preview = preview;
	}

	public RosterPreview getPreview() {
		return this.preview;
	}

}
