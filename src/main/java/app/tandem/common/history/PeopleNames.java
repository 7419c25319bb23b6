package app.tandem.common.history;

/** How a user id reads in a case's history: the person's name (the identity service knows it). */
public interface PeopleNames {

  /** The person's name, or the id itself when the user is unknown (a system actor, a deleted user). */
  String displayName(String userId);
}
