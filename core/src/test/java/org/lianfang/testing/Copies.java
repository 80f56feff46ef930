package org.lianfang.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Copies of records with one component replaced, for the bad-input cases of the scenarios. Stateless. */
public final class Copies {
  private Copies() {}

  /**
   * @param record a record, say a command
   * @param component the name of one of its components
   * @param value the value it takes in the copy (unchecked: a wrong type fails the test with the constructor's error)
   * @param <R> the record's type
   * @return a copy through the canonical constructor, every other component as in {@code record}
   * @throws IllegalArgumentException if there is no such component
   */
  public static <R extends Record> R with(R record, String component, Object value) {
    RecordComponent[] parts = record.getClass().getRecordComponents();
    Object[] values = new Object[parts.length];
    boolean found = false;
    try {
      for (int i = 0; i < parts.length; i++) {
        found |= parts[i].getName().equals(component);
        values[i] = parts[i].getName().equals(component) ? value : parts[i].getAccessor().invoke(record);
      }
      if (!found) {
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + component);
      }
      Constructor<?> canonical = record.getClass().getDeclaredConstructor(
          Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
      @SuppressWarnings("unchecked")
      R copy = (R) canonical.newInstance(values);
      return copy;
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
