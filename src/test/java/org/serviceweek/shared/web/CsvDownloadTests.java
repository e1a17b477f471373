package org.serviceweek.shared.web;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV download is UTF-8 with a byte order mark (so Excel on Windows does not garble
 * umlauts, other scripts and emoji) and an attachment with its name.
 */
class CsvDownloadTests {

	@Test
	void aDownloadStartsWithAByteOrderMarkAndIsAnAttachment() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		Writer writer = CsvDownload.start(response, "shoutouts-2026.csv");
		writer.write("name\nJürgen 😀\n");
		writer.flush();

		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"shoutouts-2026.csv\"");
		assertThat(response.getContentAsByteArray()).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFname\nJürgen 😀\n");
	}

}
