package org.serviceweek.shoutout;

public enum ReactionKind {

	APPLAUSE("\uD83D\uDC4F"), HEART("\u2764\uFE0F"), STAR("\u2B50");

	private final String symbol;

	ReactionKind(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

}
