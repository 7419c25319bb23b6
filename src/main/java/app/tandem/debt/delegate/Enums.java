package app.tandem.debt.delegate;

import app.tandem.common.error.InvalidRequestException;

/** A choice made on a form, as the enum constant its value names. */
final class Enums {

  private Enums() {
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw InvalidRequestException.of(field, message);
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of(field, message);
    }
  }
}
