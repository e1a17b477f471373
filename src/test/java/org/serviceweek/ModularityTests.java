package org.serviceweek;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Features depend on each other only through their public services and events, never on
 * another feature's repositories or web classes, and without cycles.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ServiceWeekApplication.class);

	@Test
	void featuresRespectEachOthersBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDiagrams() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
