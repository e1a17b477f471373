package org.serviceweek.stats.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart as the server draws it in SVG: one row per bar, with a label on
 * the left and the value after the bar. A bar may carry a second part stacked after it
 * (people waiting) and an outline of its limit (places, or everyone in the directory).
 */
public final class BarChart {

	static final int WIDTH = 720;

	static final int LABEL_WIDTH = 230;

	static final int PLOT_WIDTH = 400;

	static final int ROW_HEIGHT = 32;

	static final int BAR_HEIGHT = 22;

	private static final int MAX_LABEL = 30;

	private final List<Row> rows;

	private BarChart(List<Row> rows) {
		this.rows = rows;
	}

	/**
	 * @param label what the bar stands for
	 * @param value its length
	 * @param extra a second part after it (0 for none)
	 * @param limit the length of a full bar, or {@code null} for none
	 * @param valueText the number shown after the bar
	 */
	public record Bar(String label, long value, long extra, Long limit, String valueText) {

		static Bar of(String label, long value, String valueText) {
			return new Bar(label, value, 0, null, valueText);
		}

	}

	/** A bar with its place in the drawing. */
	public record Row(String label, String fullLabel, String valueText, int y, int textY, int valueWidth, int extraX,
			int extraWidth, int limitWidth, int valueX) {
	}

	static BarChart of(List<Bar> bars) {
		long max = 1;
		for (Bar bar : bars) {
			max = Math.max(max, Math.max(bar.value() + bar.extra(), (bar.limit() != null) ? bar.limit() : 0));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
			int valueWidth = length(bar.value(), max);
			int extraWidth = length(bar.value() + bar.extra(), max) - valueWidth;
			int limitWidth = (bar.limit() != null) ? length(bar.limit(), max) : 0;
			int end = LABEL_WIDTH + Math.max(valueWidth + extraWidth, limitWidth);
			rows.add(new Row(shorten(bar.label()), bar.label(), bar.valueText(), y, y + BAR_HEIGHT / 2 + 5, valueWidth,
					LABEL_WIDTH + valueWidth, extraWidth, limitWidth, end + 8));
		}
		return new BarChart(rows);
	}

	private static int length(long value, long max) {
		return (int) Math.round((double) value * PLOT_WIDTH / max);
	}

	/** Long names are cut in the drawing; the table has them in full. */
	private static String shorten(String label) {
		return (label.length() <= MAX_LABEL) ? label : label.substring(0, MAX_LABEL - 1).strip() + "\u2026";
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public int getWidth() {
		return WIDTH;
	}

	public int getHeight() {
		return Math.max(1, this.rows.size()) * ROW_HEIGHT;
	}

	public int getLabelWidth() {
		return LABEL_WIDTH;
	}

	public int getBarHeight() {
		return BAR_HEIGHT;
	}

}
