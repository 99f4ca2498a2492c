package org.vigil.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Span;

/** One person being assembled. */
final class PersonCluster {
  String name;
  List<String> parts = List.of();
  Integer age;
  final Set<String> descriptors = new LinkedHashSet<>();
  final List<Span> mentions = new ArrayList<>();
  final List<int[]> tokens = new ArrayList<>();

  String last() {
    return parts.get(parts.size() - 1);
  }

  void setAge(int years) {
    if (age == null) {
      age = years;
    }
  }

  boolean hasDescriptor(String role) {
    for (String d : descriptors) {
      for (String w : d.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
        if (w.equals(role)) {
          return true;
        }
      }
    }
    return false;
  }
}
