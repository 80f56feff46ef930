package org.lianfang.examples;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.lianfang.application.Lianfang;
import org.lianfang.application.monitoring.Dispatcher;
import org.lianfang.spi.NotificationSender;

/**
 * How a host without a framework runs the tick and the dispatcher (ARCHITECTURE.md decisions 4 and 5): a plain
 * {@link ScheduledExecutorService}. The lines between the markers are the README's snippet; a test keeps them
 * identical and runs them.
 */
public final class Scheduling {
  private Scheduling() {}

  /**
   * @param lianfang the host's instance
   * @param sender how the host delivers
   * @return the scheduler, ticking every 15 minutes and dispatching every 10 seconds from now on, and the dispatcher;
   *     shut both down when the host stops
   */
  public static Running start(Lianfang lianfang, NotificationSender sender) {
    // scheduling:begin
    Dispatcher dispatcher = lianfang.dispatcher(sender);            // close it on shutdown
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    timer.scheduleWithFixedDelay(() -> lianfang.schedule().tick(), 0, 15, TimeUnit.MINUTES);
    timer.scheduleWithFixedDelay(() -> dispatcher.drain(100), 0, 10, TimeUnit.SECONDS);
    // scheduling:end
    return new Running(timer, dispatcher);
  }

  /**
   * What {@link #start} set going.
   *
   * @param timer the scheduler
   * @param dispatcher the dispatcher
   */
  public record Running(ScheduledExecutorService timer, Dispatcher dispatcher) implements AutoCloseable {
    /** Stops the scheduler, waiting for a run under way, then the dispatcher. */
    @Override
    public void close() throws InterruptedException {
      timer.shutdown();
      timer.awaitTermination(1, TimeUnit.MINUTES);
      dispatcher.close();
    }
  }
}
