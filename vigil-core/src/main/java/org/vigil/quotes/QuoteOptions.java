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

  public static QuoteOptions defaults() {
    Set<String> reporting = Set.of("say", "tell", "add", "claim", "argue", "insist", "warn",
        "note", "explain", "report", "announce", "state", "write", "deny", "acknowledge",
        "admit", "suggest", "predict", "contend", "maintain", "assert", "allege", "testify",
        "confirm", "tweet", "declare", "stress", "emphasize", "emphasise", "concede", "recall",
        "complain", "promise", "vow", "boast", "caution", "reply", "respond", "counter");
    Set<String> speech = new HashSet<>(reporting);
    speech.addAll(Set.of("ask", "continue", "call", "describe", "sing", "post", "joke", "quip",
        "conclude", "remark", "agree", "observe", "repeat", "accuse", "charge", "shout", "chant",
        "muse", "recount", "retort", "pledge", "estimate", "lament", "criticize",
        "criticise", "blast", "slam", "praise", "scold", "tell", "write", "dub", "label", "brand", "term", "characterize",
        "urge", "comment", "mock", "wonder", "interject", "answer",
        "read", "rail", "thank", "applaud", "hail", "express", "decry", "condemn"));
    Set<String> roles = Set.of("senator", "governor", "president", "candidate", "nominee",
        "mayor", "minister", "congressman", "congresswoman", "lawmaker", "secretary",
        "chairman", "chairwoman", "director", "commander", "leader", "ambassador", "general",
        "chief", "businessman", "businesswoman", "billionaire", "official", "spokesman",
        "spokeswoman", "survivor", "father", "mother", "man", "woman", "doctor", "lawyer",
        "attorney", "judge", "activist", "founder", "executive", "professor", "host");
    return new QuoteOptions(speech, reporting, roles, 4, 25, true);
  }
}
