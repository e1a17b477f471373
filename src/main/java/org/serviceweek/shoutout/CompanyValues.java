package org.serviceweek.shoutout;

import java.util.List;

import org.serviceweek.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's values that shout-outs show, kept by managers.
 */
@Service
@Transactional
public class CompanyValues {

	private final CompanyValueRepository values;

	CompanyValues(CompanyValueRepository values) {
		this.values = values;
	}

	@Transactional(readOnly = true)
	public List<CompanyValue> active() {
		return this.values.findByActiveTrueOrderByPositionAscNameAsc();
	}

	@Transactional(readOnly = true)
	public List<CompanyValue> all() {
		return this.values.findAllByOrderByActiveDescPositionAscNameAsc();
	}

	public CompanyValue add(String name, String description) {
		String wanted = Text.trimToNull(name);
		if (wanted == null) {
			throw new ShoutOutRuleException("name", "values.nameMissing");
		}
		if (this.values.findByNameIgnoreCase(wanted).isPresent()) {
			throw new ShoutOutRuleException("name", "values.nameTaken");
		}
		return this.values.save(new CompanyValue(wanted, description, (int) this.values.count()));
	}

	public void setActive(long id, boolean active) {
		CompanyValue value = this.values.findById(id)
			.orElseThrow(() -> new org.serviceweek.shared.NotFoundException("No value " + id));
		if (active) {
			value.reinstate();
		}
		else {
			value.retire();
		}
	}

}
