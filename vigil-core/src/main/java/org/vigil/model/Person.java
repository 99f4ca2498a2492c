package org.vigil.model;

import java.util.List;

/**
 * One person named in the article, all mentions merged ("Ismail al-Asali" … "Asali" … "the
 * 22-year-old").
 */
public record Person(
    String id, String name, Integer age, List<String> descriptors, List<Span> mentions) {
  public Person {
    descriptors = List.copyOf(descriptors);
    mentions = List.copyOf(mentions);
  }
}
