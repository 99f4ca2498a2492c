package org.vigil.nlp;

/**
 * How the CoreNLP layer is set up.
 *
 * @param fineGrainedNer CoreNLP's KBP fine-grained NER rules (CITY, STATE_OR_PROVINCE, …);
 *     off by default: they cost about 1 s per 800-token article against 0.2 s without
 * @param maxSentenceTokens sentences longer than this are not tagged (run-on lists, tables),
 *     so one bad input cannot stall a worker
 */
public record LanguageOptions(boolean fineGrainedNer, int maxSentenceTokens) {
  public static LanguageOptions defaults() {
    return new LanguageOptions(false, 250);
  }
}
