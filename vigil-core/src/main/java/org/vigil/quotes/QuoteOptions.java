package org.vigil.quotes;

import java.util.HashSet;
import java.util.Set;

/**
 * How quotes are found and attributed.
 *
 * @param speechVerbs lemmas that attribute a direct quote ("said", "told", "added", "called")
 * @param reportingVerbs lemmas that introduce indirect speech ("said that …"); narrower than
 *     {@code speechVerbs}, since "called it a disgrace" reports no clause
 * @param roleNouns heads of a definite description that refers back to a person ("the
 *     former secretary of state said"), resolved like "he" or "she" when no descriptor fits
 * @param minSpeechWords a quotation shorter than this with no speech verb in its sentence is a
 *     scare quote or a title ("the so-called "caliphate""), not a speaker's words
 * @param maxCueGap how many tokens after a quotation its "he said" may start
 * @param indirect whether to report indirect speech ("X said that …", "according to X, …")
 */
public record QuoteOptions(
    Set<String> speechVerbs, Set<String> reportingVerbs, Set<String> roleNouns,
    int minSpeechWords, int maxCueGap, boolean indirect) {
  public QuoteOptions {
    speechVerbs = Set.copyOf(speechVerbs);
    reportingVerbs = Set.copyOf(reportingVerbs);
    roleNouns = Set.copyOf(roleNouns);
  }

  /**
   * The bundled verbs of {@code cue-words.tsv} (the speech verbs are its reporting and quoting
   * verbs) and role nouns of {@code speakers.tsv}, 4 words, 25 tokens, indirect speech on.
   */
  public static QuoteOptions defaults() {
    Set<String> reporting = CueFinder.REPORTING_VERBS;
    Set<String> speech = new HashSet<>(reporting);
    speech.addAll(CueFinder.QUOTING_VERBS);
    return new QuoteOptions(speech, reporting, SpeakerResolver.ROLE_NOUNS, 4, 25, true);
  }
}
