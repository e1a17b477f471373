package org.serviceweek.wall.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.serviceweek.fame.Induction;
import org.serviceweek.fame.WallOfFame;
import org.serviceweek.people.Person;
import org.serviceweek.shared.web.PublicAddress;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOutCard;
import org.serviceweek.shoutout.ShoutOuts;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public wall as an Atom 1.0 feed: the latest approved shout-outs and inductees, for
 * feed readers and chat integrations.
 */
@RestController
class WallFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	private static final int SHOUT_OUTS = 30;

	private static final int INDUCTEES = 10;

	private final ShoutOuts shoutOuts;

	private final WallOfFame fame;

	private final PublicAddress address;

	private final MessageSource messages;

	WallFeedController(ShoutOuts shoutOuts, WallOfFame fame, PublicAddress address, MessageSource messages) {
		this.shoutOuts = shoutOuts;
		this.fame = fame;
		this.address = address;
		this.messages = messages;
	}

	@GetMapping("/wall/feed.atom")
	ResponseEntity<String> feed(Locale locale) throws XMLStreamException {
		String base = this.address.base();
		List<Entry> entries = new ArrayList<>();
		for (ShoutOutCard card : this.shoutOuts.latestPublic(SHOUT_OUTS)) {
			entries.add(entry(card.shoutOut(), base, locale));
		}
		for (Induction induction : this.fame.latestPublic(INDUCTEES)) {
			entries.add(entry(induction, base, locale));
		}
		entries.sort(Comparator.comparing(Entry::updated).reversed());
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM_NS);
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale.toLanguageTag());
		element(xml, "id", base + "/wall");
		element(xml, "title", this.messages.getMessage("wall.feed.title", null, locale));
		element(xml, "subtitle", this.messages.getMessage("wall.intro", null, locale));
		element(xml, "updated", timestamp(entries.isEmpty() ? Instant.EPOCH : entries.get(0).updated()));
		link(xml, "self", base + "/wall/feed.atom", ATOM.toString());
		link(xml, "alternate", base + "/wall", MediaType.TEXT_HTML_VALUE);
		xml.writeStartElement("author");
		element(xml, "name", this.messages.getMessage("app.name", null, locale));
		xml.writeEndElement();
		element(xml, "generator", this.messages.getMessage("app.name", null, locale));
		for (Entry entry : entries) {
			xml.writeStartElement("entry");
			element(xml, "id", entry.url());
			element(xml, "title", entry.title());
			element(xml, "updated", timestamp(entry.updated()));
			element(xml, "published", timestamp(entry.published()));
			link(xml, "alternate", entry.url(), MediaType.TEXT_HTML_VALUE);
			if (entry.category() != null) {
				xml.writeEmptyElement("category");
				xml.writeAttribute("term", xmlSafe(entry.category()));
			}
			xml.writeStartElement("content");
			xml.writeAttribute("type", "text");
			xml.writeCharacters(xmlSafe(entry.content()));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache()).body(out.toString());
	}

	private Entry entry(ShoutOut shoutOut, String base, Locale locale) {
		String names = shoutOut.getRecipients().stream().map(Person::getName).collect(Collectors.joining(", "));
		Instant published = (shoutOut.getModeratedAt() != null) ? shoutOut.getModeratedAt() : shoutOut.getCreatedAt();
		return new Entry(base + "/wall/shoutouts/" + shoutOut.getId(),
				this.messages.getMessage("wall.card.ogTitle", new Object[] { names }, locale), published,
				(shoutOut.getValue() != null) ? shoutOut.getValue().getName() : null, shoutOut.getPublicMessage());
	}

	private Entry entry(Induction induction, String base, Locale locale) {
		String award = this.messages.getMessage("fame.awardTitle",
				new Object[] { induction.getCategory().getName(), induction.getYear() }, locale);
		return new Entry(base + "/wall/fame/" + induction.getId(), induction.getPerson().getName() + " · " + award,
				induction.getCreatedAt(), award, induction.getCitation());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(xmlSafe(text));
		xml.writeEndElement();
	}

	/** Drops the characters XML 1.0 cannot carry (control characters a user pasted). */
	static String xmlSafe(String text) {
		return (text != null)
				? text.replaceAll("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]", "") : "";
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	private record Entry(String url, String title, Instant updated, String category, String content) {

		Instant published() {
			return this.updated;
		}

	}

}
