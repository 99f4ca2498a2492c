package org.vigil.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.casualties.CasualtyExtractor;
import org.vigil.casualties.CasualtyMention;
import org.vigil.casualties.CasualtyTally;
import org.vigil.casualties.SentenceTolls;
import org.vigil.geo.PlaceExtractor;
import org.vigil.model.Dateline;
import org.vigil.model.Event;
import org.vigil.model.Event.Actor;
import org.vigil.model.Event.Count;
import org.vigil.model.Event.EventDate;
import org.vigil.model.EventType;
import org.vigil.model.Place;
import org.vigil.model.Published;
import org.vigil.model.Span;
import org.vigil.model.SubEventType;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.page.PageExtractor;
import org.vigil.page.Report;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;

/**
 * Finds the incidents an article reports and writes each as one event: ACLED type and
 * sub-type with its trigger, date, place, actors, killed and injured, and evidence.
 *
 * <p>Reads the sentences of the report ({@link PageExtractor}) with their casualty figures
 * ({@link CasualtyExtractor}), and the article's time expressions, places (with the role of
 * each mention), dateline and document date. Each sentence of the report naming an act of
 * violence (or stating casualties) is a mention ({@link MentionReader}); {@link
 * IncidentGrouper} gathers mentions into incidents, and this class assembles each incident's
 * event from what its helpers decide: role ({@link IncidentRoles}), place ({@link
 * EventPlaces}), actors ({@link IncidentActors}) and means ({@link MeansLexicon}).
 * Stateless: one instance serves every thread.
 */
public final class EventExtractor implements Extractor {

  private final EventOptions options;
  private final CasualtyTally tally = new CasualtyTally();
  private final FigureSources figureSources = new FigureSources();
  private final IncidentActors actors = new IncidentActors();
  private final EventPlaces eventPlaces;
  private final EventDates dates = new EventDates();
  private final IncidentGrouper grouper = new IncidentGrouper();
  private final MeansLexicon means = MeansLexicon.STANDARD;

  public EventExtractor(EventOptions options) {
    this.options = options;
    this.eventPlaces = new EventPlaces(options);
  }

  /**
   * The report's sentences and their figures; the dateline, document date, time expressions and
   * places with their mentions' roles, without which events would come out undated and
   * unplaced, so a pipeline that forgets them fails at start-up.
   */
  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(PageExtractor.REPORT, CasualtyExtractor.TOLLS, Facts.DATELINE,
        Facts.PUBLISHED, Facts.TIMES, Facts.PLACES, PlaceExtractor.PLACE_MENTIONS,
        PlaceExtractor.HOME_COUNTRY);
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(Facts.EVENTS);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    facts.put(Facts.EVENTS, events(doc, facts));
  }

  /** The events of one document, given the facts of earlier steps. */
  public List<Event> events(AnnotatedDocument doc, Facts facts) {
    String text = doc.text();
    LocalDate documentDate = documentDate(doc, facts);
    EventDate fallback = dates.fallback(documentDate);
    PlaceLinker places = new PlaceLinker(options, facts.list(Facts.PLACES),
        facts.list(PlaceExtractor.PLACE_MENTIONS));
    Report report = facts.get(PageExtractor.REPORT);
    List<Span> sentences = report.sentences();
    SentenceTolls tolls = facts.get(CasualtyExtractor.TOLLS);
    List<EventMention> mentions = new MentionReader(options, text, facts, places, documentDate,
        report).read(sentences, tolls);
    List<IncidentGrouper.Incident> incidents = ViolentProtests.join(grouper.group(mentions,
        fallback, places::samePlace, places::samePlaceNamed,
        s -> places.listedScenes(text, s)), text);
    IncidentRoles roles = IncidentRoles.of(incidents, text, sentences, fallback,
        places::separateScenes, tolls.periodTotals());
    List<Event> events = new ArrayList<>();
    String home = facts.get(PlaceExtractor.HOME_COUNTRY);
    for (int i = 0; i < incidents.size(); i++) {
      events.add(event("ev" + (i + 1), incidents.get(i), text, sentences, places, fallback,
          roles.recalledSentences(), roles.role(i), roles.keepsToll(i), home));
    }
    return events;
  }

  /**
   * The event of one incident. One that does not {@code keepToll} (told as older news, or a
   * sum of the report's incidents) carries no killed or injured, though its evidence still
   * holds the sentences that give them.
   */
  private Event event(String id, IncidentGrouper.Incident incident, String text,
      List<Span> sentences, PlaceLinker places, EventDate fallback, List<Span> recalled,
      Event.Role role, boolean keepToll, String home) {
    EventMention main = incident.main();
    List<CasualtyMention> all = incident.casualties();
    Count killed = figureSources.withSources(tally.count(all, CasualtyMention.Kind.KILLED),
        ofKind(all, CasualtyMention.Kind.KILLED), text, sentences);
    Count injured = figureSources.withSources(tally.count(all, CasualtyMention.Kind.INJURED),
        ofKind(all, CasualtyMention.Kind.INJURED), text, sentences);
    boolean stateStruck = IncidentActors.stateStruck(incident, text);
    SubEventType subtype = AttackOrClash.subtype(subtype(incident, main), incident, main,
        text, killed, injured, stateStruck);

    Place place = eventPlaces.ofIncident(incident, places, sentences, recalled);
    // the state whose forces are its own: where the incident happened, else, where the text
    // does not say, the source's home ("Clashes were reported between the TNLA and the
    // Burmese army" of a Myanmar note)
    String country = place != null ? place.country() : home;
    List<Actor> perpetrators = actors.orClaimants(actors.perpetrators(incident, country),
        incident, text, sentences, country);
    subtype = CrowdClash.subtype(subtype, main, text, perpetrators, killed, injured);
    if (subtype.type() == EventType.BATTLES) {
      killed = BattleDead.bothSides(killed, all, text);
    }
    List<Actor> targets = actors.targets(subtype.type(), incident, killed, injured, text,
        country, stateStruck);
    if (subtype.type() == EventType.BATTLES) {
      IncidentActors.Sides sides = actors.battleSides(incident, perpetrators, country);
      perpetrators = sides.acting();
      List<Actor> fought = new ArrayList<>(sides.other());
      targets.stream().filter(t -> fought.stream().noneMatch(f -> f.name().equals(t.name())))
          .forEach(fought::add);
      targets = fought;
      if (perpetrators.isEmpty() && fought.size() >= 2) {
        // no side named as acting ("policemen were killed in a gunbattle with Naxals"): the
        // first side named acted, the others were fought
        perpetrators = List.of(fought.remove(0));
      }
    }
    perpetrators = actors.orStateOperation(perpetrators, subtype.type(), incident, text,
        sentences, country, stateStruck);
    targets = IncidentActors.unnamedFoes(subtype.type(), perpetrators, targets);
    perpetrators = IncidentActors.vigilantes(subtype.type(), main.trigger().text(),
        perpetrators, country);
    perpetrators = IncidentActors.unnamedAttackers(subtype, perpetrators, targets);
    IncidentActors.Sides named = actors.namedInNote(
        IncidentActors.namedForUnnamed(perpetrators, targets), incident, text, sentences,
        country);
    perpetrators = named.acting();
    targets = named.other();
    if (subtype == SubEventType.ARMED_CLASH
        && CrowdClash.communal(main.sentenceSpan().of(text))) { // villages or clans fought
      perpetrators = IncidentActors.communalMilitias();
      targets = perpetrators;
    }
    if (subtype.type() == EventType.PROTESTS
        && CrowdClash.turnedViolent(incident, text, sentences)) {
      subtype = SubEventType.VIOLENT_DEMONSTRATION;
    }
    if (subtype.type().disorder() == EventType.Disorder.DEMONSTRATIONS) {
      targets = actors.demonstrationTargets(subtype.type(), incident, targets, text, sentences,
          country);
      perpetrators = IncidentActors.demonstrators(subtype.type(), country, perpetrators,
          targets);
      if (subtype == SubEventType.PEACEFUL_PROTEST && !targets.isEmpty()) {
        subtype = SubEventType.PROTEST_WITH_INTERVENTION;
      }
      if (subtype == SubEventType.PROTEST_WITH_INTERVENTION
          && CrowdClash.demonstratorsKilled(incident, text)) {
        // the state's forces met a peaceful protest and demonstrators died: lethal force, as
        // the ACLED codebook defines excessive force against protesters
        subtype = SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
      }
    }

    TreeSet<Span> evidence = new TreeSet<>();
    for (EventMention m : incident.mentions) {
      evidence.add(m.trigger().span());
      m.casualties().forEach(c -> evidence.add(c.span()));
      evidence.addAll(m.dateSpans());
    }
    return new Event(id, subtype.type(), subtype,
        new Event.Trigger(main.trigger().text(), main.trigger().span()),
        date(incident, fallback),
        place == null ? null : place.id(), role,
        perpetrators, targets, keepToll ? killed : null,
        keepToll ? injured : null, means.around(incident, text), new ArrayList<>(evidence));
  }

  /**
   * The incident's date: the day, or coarser time, its own words give ("on Saturday" in a
   * Sunday report is that Saturday), else the days up to the report.
   */
  private static EventDate date(IncidentGrouper.Incident incident, EventDate fallback) {
    return incident.date != null ? incident.date : fallback;
  }

  private static List<CasualtyMention> ofKind(List<CasualtyMention> all,
      CasualtyMention.Kind kind) {
    return all.stream().filter(c -> c.kind() == kind).toList();
  }

  /** The main trigger's first sub-type the incident allows. */
  private static SubEventType subtype(IncidentGrouper.Incident incident, EventMention main) {
    for (SubEventType s : main.trigger().subtypes()) {
      if (incident.subtypes.contains(s)) {
        return s;
      }
    }
    return main.trigger().subtypes().get(0);
  }

  /** The document date: given or inferred by the time step, else the dateline's. */
  private static LocalDate documentDate(AnnotatedDocument doc, Facts facts) {
    Published p = facts.get(Facts.PUBLISHED);
    Dateline d = facts.get(Facts.DATELINE);
    for (String v : new String[] {
        p == null ? null : p.value(), doc.document().published(), d == null ? null : d.date()}) {
      if (v != null && v.length() >= 10) {
        try {
          return LocalDate.parse(v.substring(0, 10));
        } catch (DateTimeParseException e) {
          // try the next source
        }
      }
    }
    return null;
  }
}
