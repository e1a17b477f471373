package org.serviceweek.shared.web;

/**
 * What a page says about itself when its link is shared (Open Graph and Twitter card meta
 * tags): the layout writes them when the model has one under {@code og}.
 *
 * @param title the preview's title
 * @param description a sentence or two
 * @param url the page's absolute address
 * @param image the preview image's absolute address (1200 x 630)
 * @param imageAlt what the image shows
 */
public record OpenGraph(String title, String description, String url, String image, String imageAlt) {

	/** The image previews use: the app's own, served from {@code /img}. */
	public static final String DEFAULT_IMAGE = "/img/og-default.png";

	/** Shortens a text for a preview, at a word boundary. */
	public static String summary(String text, int max) {
		String flat = (text != null) ? text.replaceAll("\\s+", " ").strip() : "";
		if (flat.length() <= max) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', max - 1);
		return flat.substring(0, (cut > max / 2) ? cut : max - 1) + "…";
	}

}
