package org.serviceweek.shared;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings that managers change in the app (not in configuration files), kept in the
 * database so every instance sees the same value.
 */
@Component
@Transactional
public class AppSettings {

	private final JdbcTemplate jdbc;

	AppSettings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<String> get(String key) {
		List<String> values = this.jdbc.queryForList("select setting_value from app_setting where setting_key = ?",
				String.class, key);
		return values.stream().findFirst();
	}

	@Transactional(readOnly = true)
	public boolean isOn(String key) {
		return get(key).map(Boolean::parseBoolean).orElse(false);
	}

	public void set(String key, String value) {
		if (this.jdbc.update("update app_setting set setting_value = ? where setting_key = ?", value, key) == 0) {
			this.jdbc.update("insert into app_setting (setting_key, setting_value) values (?, ?)", key, value);
		}
	}

}
