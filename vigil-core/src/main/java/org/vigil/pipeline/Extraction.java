package org.vigil.pipeline;

import org.vigil.model.Article;

/**
 * An article record with the facts it was assembled from (intermediate ones included) and what
 * it cost: the tokens CoreNLP read and the nanoseconds of each step, in the order of
 * {@link Pipeline#stepNames()}.
 */
public record Extraction(Article article, Facts facts, int tokens, long[] stepNanos) {

  public long totalNanos() {
    long sum = 0;
    for (long n : stepNanos) {
      sum += n;
    }
    return sum;
  }
}
