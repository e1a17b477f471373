package org.serviceweek.stats.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A column chart of counts over time as the server draws it in SVG: one column per day or
 * week, a line at the highest count, and as many labels below as fit.
 */
public final class ColumnChart {

	static final int WIDTH = 720;

	static final int HEIGHT = 240;

	static final int LEFT = 48;

	static final int RIGHT = 8;

	static final int TOP = 24;

	static final int BOTTOM = 36;

	/** Room a label below a column needs, in the drawing's units. */
	private static final int LABEL_ROOM = 64;

	/** Narrower columns have no number on top; the table has it. */
	private static final int VALUE_ROOM = 20;

	private final List<Column> columns;

	private final String maxText;

	private ColumnChart(List<Column> columns, String maxText) {
		this.columns = columns;
		this.maxText = maxText;
	}

	public record Bar(String label, String fullLabel, long value, String valueText) {
	}

	/**
	 * A column with its place in the drawing; its label and value only where they fit.
	 */
	public record Column(String label, String fullLabel, String valueText, int x, int width, int y, int height,
			int middle, boolean labelled, boolean valueShown) {
	}

	/**
	 * @param maxText the highest count, formatted, for the line at the top
	 */
	static ColumnChart of(List<Bar> bars, long max, String maxText) {
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		double slot = (double) plotWidth / Math.max(1, bars.size());
		int every = (int) Math.ceil(LABEL_ROOM / slot);
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int x = LEFT + (int) Math.round(i * slot + slot * 0.15);
			int width = Math.max(1, (int) Math.round(slot * 0.7));
			int height = (max > 0) ? (int) Math.round((double) bar.value() * plotHeight / max) : 0;
			columns.add(new Column(bar.label(), bar.fullLabel(), bar.valueText(), x, width, TOP + plotHeight - height,
					height, x + width / 2, i % every == 0, slot >= VALUE_ROOM));
		}
		return new ColumnChart(columns, maxText);
	}

	public List<Column> getRows() {
		return this.columns;
	}

	public String getMaxText() {
		return this.maxText;
	}

	public int getWidth() {
		return WIDTH;
	}

	public int getHeight() {
		return HEIGHT;
	}

	public int getLeft() {
		return LEFT;
	}

	public int getRight() {
		return WIDTH - RIGHT;
	}

	public int getTop() {
		return TOP;
	}

	public int getBaseline() {
		return HEIGHT - BOTTOM;
	}

	public int getLabelY() {
		return HEIGHT - BOTTOM + 20;
	}

}
