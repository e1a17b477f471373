package org.serviceweek.people.web;

import java.util.List;

import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the person pickers ask as one types, when the directory is too large to list in
 * the page: the first matches, by name, with their team. For signed-in people only, like
 * the directory it searches.
 */
@RestController
class PersonLookupController {

	/**
	 * Longer queries are cut: no name or team is this long, and the query stays cheap.
	 */
	static final int MAX_QUERY_LENGTH = 100;

	private final People people;

	PersonLookupController(People people) {
		this.people = people;
	}

	@GetMapping(path = "/people/lookup", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<Match>> lookup(@RequestParam(defaultValue = "") String q) {
		String query = (q.length() > MAX_QUERY_LENGTH) ? q.substring(0, MAX_QUERY_LENGTH) : q;
		List<Match> matches = this.people.lookup(query).stream().map(Match::of).toList();
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(matches);
	}

	/** One match: what a picker shows, and the id it sends with the form. */
	record Match(long id, String name, String team) {

		static Match of(Person person) {
			return new Match(person.getId(), person.getName(),
					(person.getTeam() != null) ? person.getTeam().getName() : null);
		}

	}

}
