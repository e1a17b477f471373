package org.serviceweek.account;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.util.StringUtils;

/**
 * Which role the company's groups give: the values of one claim (such as {@code groups})
 * that mean manager and administrator. Everyone else is staff.
 */
final class CompanyRoles {

	private final String claim;

	private final Set<String> managerValues;

	private final Set<String> adminValues;

	CompanyRoles(String claim, Collection<String> managerValues, Collection<String> adminValues) {
		this.claim = StringUtils.hasText(claim) ? claim.strip() : null;
		this.managerValues = normalise(managerValues);
		this.adminValues = normalise(adminValues);
	}

	/**
	 * The role the claims give, or empty when no claim is configured or the provider did
	 * not send it (then the account keeps the role it has: a missing claim is more often
	 * a provider setting than a person who lost every group).
	 */
	Optional<Role> roleFor(Map<String, Object> claims) {
		if (this.claim == null) {
			return Optional.empty();
		}
		Object value = find(claims, this.claim);
		if (value == null) {
			return Optional.empty();
		}
		Set<String> values = values(value);
		if (values.stream().anyMatch(this.adminValues::contains)) {
			return Optional.of(Role.ADMIN);
		}
		if (values.stream().anyMatch(this.managerValues::contains)) {
			return Optional.of(Role.MANAGER);
		}
		return Optional.of(Role.STAFF);
	}

	/**
	 * Whether the provider decides who is an administrator: only when values for it are
	 * configured. Otherwise administrators are named in the app and keep their role.
	 */
	boolean decideAdministrators() {
		return this.claim != null && !this.adminValues.isEmpty();
	}

	/**
	 * A claim by its name, or by a dotted path into nested claims (Keycloak's
	 * {@code realm_access.roles}). The full name wins, for claims named by a URL.
	 */
	private static Object find(Map<String, Object> claims, String name) {
		if (claims.containsKey(name)) {
			return claims.get(name);
		}
		Object current = claims;
		for (String part : name.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(part);
		}
		return current;
	}

	private static Set<String> values(Object value) {
		Collection<?> items = (value instanceof Collection<?> collection) ? collection : List.of(value);
		return normalise(items.stream().map(String::valueOf).toList());
	}

	private static Set<String> normalise(Collection<String> values) {
		if (values == null) {
			return Set.of();
		}
		return values.stream()
			.filter(StringUtils::hasText)
			.map((value) -> value.strip().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

}
