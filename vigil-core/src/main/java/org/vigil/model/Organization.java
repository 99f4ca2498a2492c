package org.vigil.model;

import java.util.List;

/** One organisation named in the article, with every mention. */
public record Organization(String id, String name, List<Span> mentions) {
  public Organization {
    mentions = List.copyOf(mentions);
  }
}
