package org.serviceweek.fame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders wall-of-fame certificates as one-page A4 landscape PDFs for the recognition
 * ceremony: the Thymeleaf template {@code fame/certificate.html} in the reader's
 * language, turned into a PDF with the DejaVu fonts embedded, so that any name prints as
 * typed. Nothing is fetched from the network.
 */
@Component
public class Certificates {

	static {
		XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
	}

	private static final String TEMPLATE = "fame/certificate";

	private static final String FONTS = "certificate/fonts/";

	private static final int NORMAL = 400;

	private static final int BOLD = 700;

	/** The smallest type the template has ({@code fit-3}). */
	private static final int SMALLEST_FIT = 3;

	private final ITemplateEngine templates;

	private final List<EmbeddedFont> fonts;

	private final String baseUri;

	Certificates(ITemplateEngine templates) {
		this.templates = templates;
		this.fonts = List.of(new EmbeddedFont("DejaVuSerif.ttf", "DejaVu Serif", NORMAL, FontStyle.NORMAL),
				new EmbeddedFont("DejaVuSerif-Italic.ttf", "DejaVu Serif", NORMAL, FontStyle.ITALIC),
				new EmbeddedFont("DejaVuSerif-Bold.ttf", "DejaVu Serif", BOLD, FontStyle.NORMAL),
				new EmbeddedFont("DejaVuSans.ttf", "DejaVu Sans", NORMAL, FontStyle.NORMAL),
				new EmbeddedFont("DejaVuSans-Bold.ttf", "DejaVu Sans", BOLD, FontStyle.NORMAL));
		this.baseUri = resourceUri("templates/" + TEMPLATE + ".html");
	}

	/**
	 * Renders one certificate.
	 * @param content what the certificate says
	 * @param locale the language of its wording and date
	 * @return the PDF, one A4 landscape page
	 */
	public byte[] render(CertificateContent content, Locale locale) {
		// Type is sized by the length of the name and citation; when wide letters (say,
		// a citation in capitals) still push the text past its space, try smaller type.
		for (int fit = 0;; fit++) {
			ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
			try (PdfBoxRenderer renderer = builder(html(content, locale, fit), pdf).buildPdfRenderer()) {
				renderer.layout();
				if (fit < SMALLEST_FIT && overflows(renderer)) {
					continue;
				}
				renderer.createPDF();
				return pdf.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not render the certificate", ex);
			}
		}
	}

	private String html(CertificateContent content, Locale locale, int fit) {
		Context context = new Context(locale);
		context.setVariable("content", content);
		context.setVariable("fit", fit);
		return this.templates.process(TEMPLATE, context);
	}

	private PdfRendererBuilder builder(String html, OutputStream pdf) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		// The template links to nothing; refuse anything all the same.
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		for (EmbeddedFont font : this.fonts) {
			builder.useFont(font::open, font.family(), font.weight(), font.style(), true);
		}
		builder.withHtmlContent(html, this.baseUri);
		builder.toStream(pdf);
		return builder;
	}

	/** Whether the text is taller than its space above the footer (which then grew). */
	private static boolean overflows(PdfBoxRenderer renderer) {
		int space = height(renderer, "body");
		int text = height(renderer, "text");
		return text >= space;
	}

	private static int height(PdfBoxRenderer renderer, String id) {
		Box box = renderer.getSharedContext().getBoxById(id);
		if (box == null) {
			throw new IllegalStateException("No #" + id + " in the certificate template");
		}
		return box.getHeight();
	}

	private static String resourceUri(String path) {
		try {
			return new ClassPathResource(path).getURL().toExternalForm();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing " + path, ex);
		}
	}

	/** A font file, read once and kept in memory. */
	private record EmbeddedFont(byte[] bytes, String family, int weight, FontStyle style) {

		EmbeddedFont(String file, String family, int weight, FontStyle style) {
			this(read(FONTS + file), family, weight, style);
		}

		InputStream open() {
			return new ByteArrayInputStream(this.bytes);
		}

		private static byte[] read(String path) {
			try (InputStream in = new ClassPathResource(path).getInputStream()) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Missing font " + path, ex);
			}
		}

	}

	/**
	 * openhtmltopdf's log in the app's log, by its own category names
	 * ({@code com.openhtmltopdf.load}, ...). It tells of every font it loads at INFO:
	 * that goes to debug; warnings stay warnings.
	 */
	private static final class OpenHtmlToPdfLog implements XRLogger {

		@Override
		public void log(String where, Level level, String message) {
			log(where, level, message, null);
		}

		@Override
		public void log(String where, Level level, String message, Throwable error) {
			Log log = LogFactory.getLog(where);
			if (isWarning(level)) {
				log.warn(message, error);
			}
			else {
				log.debug(message, error);
			}
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			return isWarning(diagnostic.getLevel()) || LogFactory.getLog("com.openhtmltopdf").isDebugEnabled();
		}

		@Override
		public void setLevel(String logger, Level level) {
			// Levels are set in the app's logging configuration.
		}

		private static boolean isWarning(Level level) {
			return level.intValue() >= Level.WARNING.intValue();
		}

	}

}
