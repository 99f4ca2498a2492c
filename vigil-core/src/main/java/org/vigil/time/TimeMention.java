package org.vigil.time;

import edu.stanford.nlp.time.SUTime;
import org.vigil.model.Span;

/**
 * A time expression as SUTime found it, not yet resolved against the document date: the
 * document date may itself be inferred from these mentions.
 *
 * @param temporal SUTime's reading of the phrase, relative ("a week ago") or absolute ("2013");
 *     SUTime treats temporals as values, so sharing one between steps is safe
 * @param tense the tense of the clause around it, which decides whether "November" is the last
 *     one or the next one
 */
public record TimeMention(String text, Span span, int sentence, SUTime.Temporal temporal,
    Tense tense) {}
