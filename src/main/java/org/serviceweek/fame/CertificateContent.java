package org.serviceweek.fame;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one wall-of-fame certificate says, as plain text (it is escaped when rendered).
 *
 * @param personName the inductee's name, up to 120 characters
 * @param teamName the inductee's team, or {@code null}
 * @param award the award's title, such as "Customer Hero"
 * @param year the year the award is for
 * @param citation why they are honoured, up to 1,000 characters, or {@code null}
 * @param theme the theme of that year's Customer Service Week, or {@code null}
 * @param awardedOn the day of the ceremony, printed as the certificate's date, or
 * {@code null} for a blank date line
 */
public record CertificateContent(String personName, String teamName, String award, int year, String citation,
		String theme, LocalDate awardedOn) {

	public CertificateContent {
		Objects.requireNonNull(personName, "personName");
		Objects.requireNonNull(award, "award");
	}

}
