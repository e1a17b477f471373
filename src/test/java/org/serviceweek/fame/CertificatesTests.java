package org.serviceweek.fame;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class CertificatesTests {

	private static final String CITATION = "For turning a week of outages into a week of thank-you notes: "
			+ "Zoë answered every call with patience and followed up on each one herself.";

	private static final CertificateContent TYPICAL = new CertificateContent("Zoë Łukasiewicz-Çelik", "Billing",
			"Customer Hero", 2026, CITATION, "Celebrating Customer Connections", LocalDate.of(2026, 10, 9));

	private static final float MM = 72 / 25.4f;

	@Autowired
	Certificates certificates;

	@Test
	void typicalCertificateIsOneLandscapePageWithNameAwardCitationAndTheme() throws IOException {
		byte[] pdf = this.certificates.render(TYPICAL, Locale.ENGLISH);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			saveForLooking(document, pdf, "certificate");
			assertThat(document.getNumberOfPages()).isOne();
			PDPage page = document.getPage(0);
			assertThat(page.getMediaBox().getWidth()).isCloseTo(297 * MM, Offset.offset(1f));
			assertThat(page.getMediaBox().getHeight()).isCloseTo(210 * MM, Offset.offset(1f));
			assertThat(text(document)).contains("Certificate of recognition", "Zoë Łukasiewicz-Çelik",
					"Customer Hero of 2026", "Team: Billing", CITATION,
					"Customer Service Week 2026 · Theme: “Celebrating Customer Connections”", "9 October 2026");
		}
	}

	@Test
	void documentIsTitledAfterThePersonAndTheAward() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.certificates.render(TYPICAL, Locale.ENGLISH))) {
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Certificate of recognition for Zoë Łukasiewicz-Çelik, Customer Hero of 2026");
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("ServiceWeek");
		}
	}

	@Test
	void longestNameAndCitationStillFitOnOnePageAboveTheSeal() throws IOException {
		String name = "Maria-Magdalena Ğülşen Çelik-Łukasiewicz von Hohenberg-Schwarzenfeld "
				+ "Štěpánková de la Fuente y Villalobos-Ortega Zoë Ana";
		CertificateContent longest = new CertificateContent(name, "Second-level support, nights and weekends",
				"Customer Hero", 2026, words(1000), "Celebrating Customer Connections", LocalDate.of(2026, 10, 9));

		assertFitsAboveTheSeal(longest, "certificate-longest");
	}

	@Test
	void wideLettersGetSmallerTypeUntilTheTextEndsAboveTheSeal() throws IOException {
		CertificateContent widest = new CertificateContent("W".repeat(120), "W".repeat(80), "Customer Hero", 2026,
				words(1000).toUpperCase(Locale.ROOT), "W".repeat(60), LocalDate.of(2026, 10, 9));

		assertFitsAboveTheSeal(widest, "certificate-widest");
	}

	private void assertFitsAboveTheSeal(CertificateContent content, String name) throws IOException {
		assertThat(content.personName()).hasSize(120);
		assertThat(content.citation()).hasSize(1000);
		try (PDDocument document = Loader.loadPDF(this.certificates.render(content, Locale.ENGLISH))) {
			saveForLooking(document, null, name);
			assertThat(document.getNumberOfPages()).isOne();
			Lines lines = new Lines(document);
			assertThat(lines.text()).contains(content.citation(), "Theme:");
			// Long names break after a hyphen or inside a word.
			assertThat(lines.text().replace(" ", "")).contains(content.personName().replace(" ", ""));
			// The theme line, last above the footer, ends clear of the seal.
			float themeBottom = lines.bottomOf("Theme:");
			float sealTop = lines.topOfLast("★");
			assertThat(themeBottom).isLessThan(sealTop - 4 * MM);
		}
	}

	@Test
	void namesWithAccentsComeOutAsTyped() throws IOException {
		CertificateContent content = new CertificateContent("Ğülşen Čapek", null, "Rising Star", 2027, "Thank you.",
				null, LocalDate.of(2027, 10, 8));

		assertThat(text(this.certificates.render(content, Locale.ENGLISH))).contains("Ğülşen Čapek",
				"Rising Star of 2027");
	}

	@Test
	void markupInTheCitationIsPrintedLiterally() throws IOException {
		String citation = "Made the <b>bold</b> & <script>alert('hi')</script> move look easy.";
		CertificateContent content = new CertificateContent("Ana <i>Lima</i>", "R&D", "Customer Hero", 2026, citation,
				"Service & <Smiles>", LocalDate.of(2026, 10, 9));

		try (PDDocument document = Loader.loadPDF(this.certificates.render(content, Locale.ENGLISH))) {
			assertThat(document.getNumberOfPages()).isOne();
			assertThat(text(document)).contains(citation, "Ana <i>Lima</i>", "Team: R&D", "“Service & <Smiles>”");
		}
	}

	@Test
	void germanReaderGetsGermanWording() throws IOException {
		String text = text(this.certificates.render(TYPICAL, Locale.GERMAN));

		assertThat(text).contains("Ehrenurkunde", "verliehen an", "Customer Hero 2026", "„" + CITATION + "“",
				"Motto: „Celebrating Customer Connections“", "9. Oktober 2026");
		assertThat(text).doesNotContain("Certificate of recognition");
	}

	@Test
	void withoutThemeOrTeamThereIsNoLineForThem() throws IOException {
		CertificateContent content = new CertificateContent("Tom Berg", null, "Customer Hero", 2026, CITATION, null,
				LocalDate.of(2026, 10, 9));

		String text = text(this.certificates.render(content, Locale.ENGLISH));

		assertThat(text).contains("Tom Berg", "Customer Hero of 2026")
			.doesNotContain("Customer Service Week 2026", "Theme", "Team", "null");
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return text(document);
		}
	}

	/** The page's text with line breaks as spaces, as wrapped lines read. */
	private static String text(PDDocument document) throws IOException {
		return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
	}

	private static String words(int length) {
		StringBuilder words = new StringBuilder("Ğ");
		String[] pool = { "patient", "calm", "listened", "to", "every", "customer", "and", "solved", "the", "problem",
				"Łódź", "team" };
		for (int i = 0; words.length() < length; i++) {
			words.append(' ').append(pool[i % pool.length]);
		}
		return words.substring(0, length - 1) + ".";
	}

	/** Writes the PDF and a picture of its page to target/screenshots, to look at. */
	private static void saveForLooking(PDDocument document, byte[] pdf, String name) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		if (pdf != null) {
			Files.write(folder.resolve(name + ".pdf"), pdf);
		}
		BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
		ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
	}

	/** Where each line of text sits on the page, measured from the top in points. */
	private static final class Lines extends PDFTextStripper {

		private final List<Line> lines = new ArrayList<>();

		private final String text;

		Lines(PDDocument document) throws IOException {
			this.text = getText(document).replaceAll("\\s+", " ");
		}

		@Override
		protected void writeString(String string, List<TextPosition> positions) throws IOException {
			float top = Float.MAX_VALUE;
			float bottom = 0;
			for (TextPosition position : positions) {
				top = Math.min(top, position.getYDirAdj() - position.getHeightDir());
				bottom = Math.max(bottom, position.getYDirAdj());
			}
			this.lines.add(new Line(string, top, bottom));
			super.writeString(string, positions);
		}

		String text() {
			return this.text;
		}

		float bottomOf(String start) {
			return this.lines.stream().filter((line) -> line.text().contains(start)).findFirst().orElseThrow().bottom();
		}

		float topOfLast(String start) {
			return this.lines.stream()
				.filter((line) -> line.text().contains(start))
				.reduce((first, second) -> second)
				.orElseThrow()
				.top();
		}

		private record Line(String text, float top, float bottom) {
		}

	}

}
