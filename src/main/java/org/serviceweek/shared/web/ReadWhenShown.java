package org.serviceweek.shared.web;

import java.util.function.Supplier;

import org.thymeleaf.context.LazyContextVariable;

/**
 * A model attribute that the page reads only if it shows it: Thymeleaf calls the supplier
 * the first time a template asks for the variable, and at most once a page. Controller
 * advice that puts something into every page (the header's countdown, the unread notices)
 * returns one, so that a request that ends in a redirect, or a page without a header,
 * costs no query for it.
 */
public final class ReadWhenShown {

	private ReadWhenShown() {
	}

	public static <T> LazyContextVariable<T> of(Supplier<T> supplier) {
		return new LazyContextVariable<>() {

			@Override
			protected T loadValue() {
				return supplier.get();
			}

		};
	}

}
