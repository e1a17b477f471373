package org.serviceweek.shared.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Starts a CSV download: UTF-8, as an attachment with its file name, and with a byte
 * order mark so that Excel on Windows reads accented names, other scripts and emoji
 * correctly.
 */
public final class CsvDownload {

	private CsvDownload() {
	}

	/**
	 * Sets the headers and returns the writer of the file, its byte order mark written.
	 */
	public static Writer start(HttpServletResponse response, String fileName) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		return writer;
	}

}
