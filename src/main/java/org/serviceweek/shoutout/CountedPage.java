package org.serviceweek.shoutout;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page whose total may have been counted only up to a limit, well past the pages around
 * it: then {@link #isCountCapped()} and the total is "more than"
 * {@code getTotalElements() -
 * 1}. Counting every match on each page view read the whole table (about 0.4 s with
 * 100,000 shout-outs) to print a number nobody needs exactly.
 */
public class CountedPage<T> extends PageImpl<T> {

	private final boolean countCapped;

	CountedPage(List<T> content, Pageable pageable, long total, boolean countCapped) {
		super(content, pageable, total);
		this.countCapped = countCapped;
	}

	public boolean isCountCapped() {
		return this.countCapped;
	}

}
