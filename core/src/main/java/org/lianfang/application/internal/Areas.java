package org.lianfang.application.internal;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How {@link org.lianfang.application.Lianfang} builds the area facades although their constructors are private and
 * they live in other packages (the JDK's "shared secrets" pattern): each facade registers its constructor here from
 * its own static initialiser, and {@link #build} initialises the facade's class and calls the constructor it
 * registered. So the facades have no public constructor taking internal types, and since only a facade's own class
 * may register for it, nothing else can stand in for one. This package depends on no area: facades are named by
 * their {@code Class}.
 */
public final class Areas {
  private static final Map<Class<?>, Function<Wiring, ?>> FACTORIES = new ConcurrentHashMap<>();
  private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private Areas() {}

  /**
   * Called once, from the static initialiser of the facade's class.
   *
   * @param area the facade's class
   * @param factory its constructor
   * @param <A> the facade
   * @throws IllegalStateException if the caller is not {@code area} itself, or {@code area} registered already
   */
  public static <A> void register(Class<A> area, Function<Wiring, A> factory) {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(factory, "factory");
    if (WALKER.getCallerClass() != area) {
      throw new IllegalStateException("only " + area.getName() + " registers its own factory");
    }
    if (FACTORIES.putIfAbsent(area, factory) != null) {
      throw new IllegalStateException(area.getName() + " registered its factory already");
    }
  }

  /**
   * @param area a facade's class
   * @param wiring what the facade is built from
   * @param <A> the facade
   * @return a new facade
   * @throws IllegalStateException if the class registers no factory when initialised
   */
  public static <A> A build(Class<A> area, Wiring wiring) {
    Objects.requireNonNull(wiring, "wiring");
    try {
      Class.forName(area.getName(), true, area.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(area.getName() + " cannot be initialised", e);
    }
    Function<Wiring, ?> factory = FACTORIES.get(area);
    if (factory == null) {
      throw new IllegalStateException(area.getName() + " registers no factory");
    }
    return area.cast(factory.apply(wiring));
  }
}
