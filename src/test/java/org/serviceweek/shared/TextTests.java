package org.serviceweek.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people type loses what cannot be seen at its ends, and text with nothing visible
 * counts as nothing.
 */
class TextTests {

	@ParameterizedTest(name = "[{index}] nothing visible")
	@ValueSource(strings = { "", "   ", "\t\n", "\u200B\u200B\u200B", "\u00A0\u00A0", "\uFEFF", "\u2060 \u200D",
			"\u202F\u3000" })
	void textWithNothingVisibleIsNothing(String typed) {
		assertThat(Text.trimToNull(typed)).isNull();
	}

	@ParameterizedTest(name = "[{index}] {1}")
	@CsvSource(delimiter = '|', textBlock = """
			\u200BThank you!\u200B | Thank you!
			\u00A0Ana\u00A0 | Ana
			Zero\u200Bwidth inside | Zero\u200Bwidth inside
			\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 | \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67
			""")
	void whatCannotBeSeenGoesOnlyFromTheEnds(String typed, String kept) {
		assertThat(Text.trimToNull(typed)).isEqualTo(kept);
	}

}
