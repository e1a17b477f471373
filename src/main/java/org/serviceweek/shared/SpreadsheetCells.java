package org.serviceweek.shared;

/**
 * Spreadsheets run a cell that starts with =, +, - or @ as a formula. Every CSV the app
 * writes puts an apostrophe in front of such a cell, so that what someone typed can never
 * become one; reading a CSV back removes it again.
 */
public final class SpreadsheetCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCells() {
	}

	public static String escape(String value) {
		return (value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) ? "'" + value
				: value;
	}

	public static String unescape(String value) {
		return (value != null && value.length() > 1 && value.charAt(0) == '\''
				&& FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) ? value.substring(1) : value;
	}

}
