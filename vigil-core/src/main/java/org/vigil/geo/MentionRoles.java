package org.vigil.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigil.geo.PlaceMention.Role;
import org.vigil.model.Organization;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;

/**
 * Gives every mention of the article's places its {@link Role}: whether it can be where an
 * incident happened, or names or describes an actor, or lies inside an organisation's name, or
 * is a people's adjective.
 *
 * <p>An actor comes first: "Syrian" in "Syrian Observatory" describes the monitor whatever the
 * organisation. Words after a name make it an actor at any level ({@link ActorModifier}: "Aleppo
 * native"), acting or striking only a country ({@link ActingCountry}).
 */
final class MentionRoles {

  private MentionRoles() {}

  /**
   * Every mention of {@code places} with its role, in text order (mentions at one span in the
   * places' order). {@code organizations} are the organisation step's; CoreNLP's organisation
   * mentions count too.
   */
  static List<PlaceMention> of(AnnotatedDocument doc, List<Place> places,
      List<Organization> organizations) {
    List<Span> organisationSpans = organisationSpans(doc, organizations);
    List<PlaceMention> out = new ArrayList<>();
    for (Place p : places) {
      for (Span s : p.mentions()) {
        out.add(new PlaceMention(p.id(), s, role(doc.text(), p, s, organisationSpans)));
      }
    }
    out.sort(Comparator.comparing(PlaceMention::span));
    return List.copyOf(out);
  }

  private static Role role(String text, Place place, Span mention, List<Span> organisations) {
    boolean country = place.precision() == PlacePrecision.COUNTRY;
    if (ActorModifier.homeOfActors(text, mention.end())) {
      return Role.HOME;
    }
    if (ActorModifier.describesActor(text, mention.end())
        || country && ActingCountry.acts(text, mention.end())
        || ActingCountry.speaks(text, mention)) {
      return Role.ACTOR;
    }
    if (organisations.stream().anyMatch(o -> o.overlaps(mention) && !o.equals(mention))) {
      return Role.IN_ORGANISATION_NAME;
    }
    return place.demonyms().contains(mention) ? Role.DEMONYM : Role.SCENE;
  }

  private static List<Span> organisationSpans(AnnotatedDocument doc,
      List<Organization> organizations) {
    List<Span> out = new ArrayList<>();
    for (Organization o : organizations) {
      out.addAll(o.mentions());
    }
    for (AnnotatedDocument.Mention m : doc.mentions()) {
      if ("ORGANIZATION".equals(m.ner())) {
        out.add(m.span());
      }
    }
    return out;
  }
}
