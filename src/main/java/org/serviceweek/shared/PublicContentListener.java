package org.serviceweek.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells {@link PublicContent} of every change of an entity visitors can see (put it on
 * such an entity with {@code @EntityListeners}).
 */
public class PublicContentListener {

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Object entity) {
		PublicContent.count();
	}

}
