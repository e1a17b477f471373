package org.serviceweek.account;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyRolesTests {

	private final CompanyRoles roles = new CompanyRoles("groups", List.of("ServiceWeek Managers"),
			List.of("ServiceWeek Admins"));

	@Test
	void theGroupsGiveTheHighestRoleTheyName() {
		assertThat(this.roles.roleFor(Map.of("groups", List.of("Everyone", "ServiceWeek Managers"))))
			.contains(Role.MANAGER);
		assertThat(this.roles.roleFor(Map.of("groups", List.of("ServiceWeek Managers", "ServiceWeek Admins"))))
			.contains(Role.ADMIN);
		assertThat(this.roles.roleFor(Map.of("groups", List.of("Everyone")))).contains(Role.STAFF);
		assertThat(this.roles.roleFor(Map.of("groups", List.of()))).contains(Role.STAFF);
	}

	@Test
	void valuesMatchWhateverTheirCaseAndASingleValueCounts() {
		assertThat(this.roles.roleFor(Map.of("groups", "serviceweek managers"))).contains(Role.MANAGER);
		assertThat(this.roles.roleFor(Map.of("groups", List.of(" SERVICEWEEK ADMINS ")))).contains(Role.ADMIN);
	}

	@Test
	void aMissingClaimOrNoConfiguredClaimDecidesNothing() {
		assertThat(this.roles.roleFor(Map.of("email", "ana@example.com"))).isEmpty();
		assertThat(new CompanyRoles(null, List.of("ServiceWeek Managers"), List.of())
			.roleFor(Map.of("groups", List.of("ServiceWeek Managers")))).isEmpty();
		assertThat(new CompanyRoles(" ", List.of(), List.of()).decideAdministrators()).isFalse();
	}

	@Test
	void nestedClaimsAreFoundByADottedPathButAFullNameWins() {
		CompanyRoles keycloak = new CompanyRoles("realm_access.roles", List.of("manager"), List.of());
		assertThat(keycloak.roleFor(Map.of("realm_access", Map.of("roles", List.of("manager")))))
			.contains(Role.MANAGER);

		CompanyRoles namespaced = new CompanyRoles("https://example.com/roles", List.of("manager"), List.of());
		assertThat(namespaced.roleFor(Map.of("https://example.com/roles", List.of("manager")))).contains(Role.MANAGER);
	}

	@Test
	void theProviderDecidesAdministratorsOnlyWhenValuesForThemAreConfigured() {
		assertThat(this.roles.decideAdministrators()).isTrue();
		assertThat(new CompanyRoles("groups", List.of("ServiceWeek Managers"), List.of()).decideAdministrators())
			.isFalse();
	}

}
