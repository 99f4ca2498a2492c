package org.vigil.cli;

import org.vigil.pipeline.Pipeline;
import picocli.CommandLine.IVersionProvider;

/** Prints the version the build wrote into the core jar. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"vigil " + Pipeline.version()};
  }
}
