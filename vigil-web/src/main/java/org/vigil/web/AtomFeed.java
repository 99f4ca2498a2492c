package org.vigil.web;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vigil.store.IncidentView;
import org.vigil.store.Watch;

/**
 * A watch's incidents as an Atom feed (RFC 4287), most recently changed first: a feed reader
 * shows the new ones and those whose figures or sources changed since it last looked. Written
 * with the JDK's XML writer, so that every text is escaped.
 */
final class AtomFeed {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  /** Control characters XML 1.0 cannot hold, even escaped. */
  private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

  private AtomFeed() {}

  /**
   * The feed of {@code watch}, whose incidents are {@code incidents}.
   *
   * @param base the server's address as the reader asked it ({@code http://host:port})
   */
  static byte[] of(Watch watch, List<IncidentView> incidents, String base) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      element(x, "id", base + "/api/watches/" + watch.id() + "/atom");
      element(x, "title", "Vigil watch: " + watch.name());
      Instant updated = incidents.isEmpty() ? watch.created() : incidents.get(0).updated();
      element(x, "updated", rfc3339(updated));
      link(x, "self", base + "/api/watches/" + watch.id() + "/atom");
      x.writeStartElement("author");
      element(x, "name", watch.owner());
      x.writeEndElement();
      for (IncidentView v : incidents) {
        x.writeStartElement("entry");
        element(x, "id", base + "/incident.html?id=" + v.id());
        element(x, "title", title(v));
        element(x, "updated", rfc3339(v.updated()));
        link(x, "alternate", base + "/incident.html?id=" + v.id());
        element(x, "summary", summary(v));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed of watch " + watch.id(), e);
    }
    return out.toByteArray();
  }

  /**
   * A time as Atom dates it, to the second: some readers take a fraction's digits for
   * milliseconds however many there are, and put a change minutes late.
   */
  private static String rfc3339(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** "Air/drone strike in Khan Sheikhoun, 2017-04-04: 70 killed". */
  static String title(IncidentView v) {
    StringBuilder t = new StringBuilder(v.subtype() != null ? v.subtype()
        : v.type() != null ? v.type() : "Incident");
    if (v.placeName() != null) {
      t.append(" in ").append(v.placeName());
    }
    if (v.date() != null) {
      t.append(", ").append(v.date());
    }
    Integer killed = v.killed().point();
    if (killed != null) {
      t.append(": ").append(killed).append(" killed");
    }
    return t.toString();
  }

  private static String summary(IncidentView v) {
    return v.sources() + (v.sources() == 1 ? " source" : " sources") + " in " + v.stories()
        + (v.stories() == 1 ? " story" : " stories")
        + (v.reviewed().isEmpty() ? "" : "; reviewed: " + v.reviewedCell());
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(NOT_XML.matcher(text).replaceAll(""));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href)
      throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
  }
}
