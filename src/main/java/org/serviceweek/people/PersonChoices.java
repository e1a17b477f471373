package org.serviceweek.people;

import java.util.List;

/**
 * The people a form offers to choose from (see {@link People#choices}).
 *
 * @param people sorted by name
 * @param complete whether {@code people} is everyone; when not, it holds only those
 * already chosen, and the page's picker looks the others up as one types
 */
public record PersonChoices(List<Person> people, boolean complete) {

	/** The same choices without one person (oneself, where one cannot choose oneself). */
	public PersonChoices without(long personId) {
		return new PersonChoices(this.people.stream().filter((person) -> person.getId() != personId).toList(),
				this.complete);
	}

}
