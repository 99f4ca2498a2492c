package org.vigil.time;

import java.util.Properties;

/**
 * How time expressions are found and resolved.
 *
 * @param rules SUTime rule files on the class path, comma-separated, in the order SUTime reads
 *     them; default: CoreNLP's definitions, English rules and holidays
 * @param tenseWindow how many tokens either side of an expression are searched for the verb
 *     that sets its tense; default 8
 * @param windowTokens SUTime reads this many tokens either side of each time word ("May",
 *     "ago", "1989"), not whole sentences, which keeps its cost down; default 5
 */
public record TimeOptions(String rules, int tenseWindow, int windowTokens) {

  public static TimeOptions defaults() {
    return new TimeOptions("edu/stanford/nlp/models/sutime/defs.sutime.txt,"
        + "edu/stanford/nlp/models/sutime/english.sutime.txt,"
        + "edu/stanford/nlp/models/sutime/english.holidays.sutime.txt", 8, 5);
  }

  Properties sutimeProperties() {
    Properties p = new Properties();
    p.setProperty("sutime.rules", rules);
    // Ranges ("from 1990 to 1995") come back as their two ends, as TIMEX3 marks them.
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.includeNested", "false");
    p.setProperty("sutime.includeRange", "false");
    p.setProperty("sutime.teRelHeurLevel", "MORE");
    p.setProperty("sutime.binders", "0");
    return p;
  }
}
