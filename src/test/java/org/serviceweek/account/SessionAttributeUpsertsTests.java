package org.serviceweek.account;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Tag("database")
class SessionAttributeUpsertsTests {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsOfOneSessionMayAddTheSameAttributeAtOnce() {
		assertThat(lastWriteOfTwoAtOnce(this.sessions)).isEqualTo("from the second tab");
	}

	/**
	 * Two requests read the session, each adds the same attribute (a flash message), and
	 * both save: the second insert failed on the attribute's primary key.
	 */
	private static <S extends Session> String lastWriteOfTwoAtOnce(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		sessions.save(session);
		S first = sessions.findById(session.getId());
		S second = sessions.findById(session.getId());
		first.setAttribute("flash", "from the first tab");
		second.setAttribute("flash", "from the second tab");

		sessions.save(first);
		sessions.save(second);

		String kept = sessions.findById(session.getId()).getAttribute("flash");
		sessions.deleteById(session.getId());
		return kept;
	}

}
