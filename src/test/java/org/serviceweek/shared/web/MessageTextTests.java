package org.serviceweek.shared.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people wrote is shown as text with clickable web addresses, whatever surrounds
 * them, and nothing else of it becomes markup.
 */
class MessageTextTests {

	private final MessageText messageText = new MessageText();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					See https://example.com/guide. | See <a href="https://example.com/guide" rel="nofollow noopener noreferrer">https://example.com/guide</a>.
					Quoted "https://example.com/a" here | Quoted &quot;<a href="https://example.com/a" rel="nofollow noopener noreferrer">https://example.com/a</a>&quot; here
					In brackets <https://example.com/b> | In brackets &lt;<a href="https://example.com/b" rel="nofollow noopener noreferrer">https://example.com/b</a>&gt;
					Single 'https://example.com/c' | Single &#39;<a href="https://example.com/c" rel="nofollow noopener noreferrer">https://example.com/c</a>&#39;
					(https://example.com/d) | (<a href="https://example.com/d" rel="nofollow noopener noreferrer">https://example.com/d</a>)
					https://example.com/?a=1&b=2 | <a href="https://example.com/?a=1&amp;b=2" rel="nofollow noopener noreferrer">https://example.com/?a=1&amp;b=2</a>
					<script>alert(1)</script> | &lt;script&gt;alert(1)&lt;/script&gt;
					javascript:alert(1) | javascript:alert(1)
					""")
	void addressesBecomeLinksAndEverythingElseStaysText(String typed, String shown) {
		assertThat(this.messageText.html(typed)).isEqualTo(shown);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			https://example.com/"onmouseover=alert(1)
			https://example.com/<img src=x onerror=alert(1)>
			https://example.com/'><script>alert(1)</script>
			""")
	void anAddressCannotCarryMarkupOutOfItsLink(String typed) {
		String html = this.messageText.html(typed);

		assertThat(html).doesNotContain("<img", "<script", "\"onmouseover", "'>");
		assertThat(html.replaceAll("<a href=\"[^\"<>]*\" rel=\"nofollow noopener noreferrer\">[^<>]*</a>", ""))
			.doesNotContain("<", ">");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			`one\ntwo` | one<br>two
			`one\r\ntwo` | one<br>two
			""")
	void lineBreaksAreKept(String typed, String shown) {
		assertThat(this.messageText.html(typed.replace("\\n", "\n").replace("\\r", "\r"))).isEqualTo(shown);
	}

}
