package org.provena.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application; tests replace it to make time-based rules repeatable. */
@ApplicationScoped
public class ClockProducer {

  // Dependent, not application-scoped: Weld cannot proxy a java.time class.
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
