package org.vigil.casualties;

import java.util.Map;
import java.util.Set;

/**
 * The nouns that name victims, with the category each puts them in (children, women,
 * civilians, combatants, or none for "people").
 */
final class VictimNouns {

  static final String CHILDREN = "children";
  static final String WOMEN = "women";
  static final String CIVILIANS = "civilians";
  static final String COMBATANTS = "combatants";
  static final String NONE = "";

  private static final Map<String, String> NOUNS = nouns(
      e(CHILDREN, "child", "children", "kid", "kids", "boy", "boys", "girl", "girls", "baby",
          "babies", "infant", "infants", "minor", "minors", "toddler", "toddlers",
          "schoolchildren", "newborn", "newborns", "schoolboy", "schoolboys", "schoolgirl",
          "schoolgirls", "teenager", "teenagers"),
      e(WOMEN, "woman", "women"),
      e(CIVILIANS, "civilian", "civilians"),
      e(COMBATANTS, "soldier", "soldiers", "fighter", "fighters", "militant", "militants",
          "rebel", "rebels", "troops", "trooper", "troopers", "jihadist", "jihadists",
          "terrorist", "terrorists", "gunman", "gunmen", "insurgent", "insurgents",
          "militiaman", "militiamen", "militia", "serviceman", "servicemen", "officer",
          "officers", "commander", "commanders", "personnel", "guard", "guards", "policeman",
          "policemen", "recruit", "recruits", "conscript", "conscripts", "mercenary",
          "mercenaries", "extremist", "extremists", "combatant", "combatants", "pilot",
          "pilots", "loyalist", "loyalists", "paramilitaries", "members", "comrade",
          "comrades", "bodyguards", "aides", "entourage"),
      e(NONE, "people", "persons", "person", "resident", "residents", "villager",
          "villagers", "worker", "workers", "student", "students", "man", "men", "passenger",
          "passengers", "worshippers", "worshipper", "farmer", "farmers", "journalist",
          "journalists", "doctor", "doctors", "medic", "medics", "nurse", "nurses",
          "volunteer", "volunteers", "rescuer", "rescuers", "refugee", "refugees", "shepherd",
          "shepherds", "teacher", "teachers", "patient", "patients", "member", "others",
          "more", "individuals", "victims", "relatives", "citizens", "citizen", "family",
          "families", "pedestrians", "bystanders", "demonstrators", "protesters", "mourners",
          "shoppers", "staff", "inmates", "prisoners", "detainees", "deaths", "fatalities",
          "bodies", "martyr", "martyrs"));

  /** Kin: one person each when named without a number ("his wife, brother and nephew"). */
  private static final Set<String> KIN = Set.of(
      "wife", "husband", "brother", "sister", "son", "daughter", "father", "mother", "nephew",
      "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather",
      "grandmother", "grandchild", "child", "baby", "infant", "sons", "daughters", "brothers",
      "sisters", "parents", "cousins", "nephews", "nieces", "grandchildren", "children",
      "relative", "relatives", "friend", "neighbour", "neighbor", "colleague", "bodyguard");

  /** Nouns that already say the victims died ("13 deaths", "51 martyrs" in state media). */
  static final Set<String> DEATH_NOUNS = Set.of("deaths", "fatalities", "bodies", "martyrs");
  /** Nouns that already say the victims were hurt ("29 wounded"). */
  static final Set<String> INJURY_NOUNS = Set.of("wounded", "injured", "injuries");

  private VictimNouns() {}

  private static String[] e(String category, String... nouns) {
    String[] out = new String[nouns.length + 1];
    out[0] = category;
    System.arraycopy(nouns, 0, out, 1, nouns.length);
    return out;
  }

  private static Map<String, String> nouns(String[]... groups) {
    Map<String, String> m = new java.util.HashMap<>();
    for (String[] g : groups) {
      for (int i = 1; i < g.length; i++) {
        m.putIfAbsent(g[i], g[0]);
      }
    }
    return Map.copyOf(m);
  }

  /** The category of a victim noun, "" for a noun with none, or null for no victim noun. */
  static String category(String noun) {
    String c = NOUNS.get(noun);
    if (c == null && KIN.contains(noun)) {
      return NONE;
    }
    return c;
  }

  static boolean isKin(String noun) {
    return KIN.contains(noun);
  }

  static boolean isPlural(String noun) {
    return noun.endsWith("s") || noun.equals("children") || noun.equals("people")
        || noun.equals("men") || noun.equals("women") || noun.equals("personnel")
        || noun.equals("troops") || noun.equals("militia") || noun.equals("more");
  }
}
