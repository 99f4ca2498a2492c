package org.vigil.geo;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;
import org.vigil.tables.WordLists;

/**
 * What makes a name that holds a place name an organisation's (organisation-names.tsv): a head
 * after it ("Quds Force", "Hama Council"), an Arabic word for a unit before it ("Failaq
 * al-Sham"), or a group named after the land it claims.
 */
final class OrganisationNames {
  private static final WordLists WORDS = WordLists.load(OrganisationNames.class,
      "organisation-names.tsv", Set.of("organisation-head", "organisation-lead",
          "place-named-group"));
  /** Capitalised words after which a place name is part of an organisation's: "Quds Force". */
  private static final Set<String> HEADS = Set.copyOf(WORDS.set("organisation-head"));
  /** Arabic words that lead an armed or political group's name: "Failaq al-Sham". */
  private static final Set<String> LEADS = Set.copyOf(WORDS.set("organisation-lead"));
  /** Armed groups named after the places they claim, tagged piecemeal by CoreNLP. */
  private static final Pattern PLACE_NAMED_GROUP = Pattern.compile(
      String.join("|", WORDS.list("place-named-group")));

  private OrganisationNames() {}

  /** Whether the token after {@code last} makes the name before it an organisation's. */
  static boolean beforeHead(List<CoreLabel> tokens, int last) {
    return last + 1 < tokens.size() && HEADS.contains(tokens.get(last + 1).word());
  }

  /** Whether {@code token} leads an armed or political group's name. */
  static boolean leads(CoreLabel token) {
    return LEADS.contains(token.word().toLowerCase(Locale.ROOT));
  }

  /** Where {@code text} names a group after the place it claims. */
  static List<Span> placeNamedGroups(String text) {
    List<Span> out = new ArrayList<>();
    Matcher group = PLACE_NAMED_GROUP.matcher(text);
    while (group.find()) {
      out.add(new Span(group.start(), group.end()));
    }
    return out;
  }
}
