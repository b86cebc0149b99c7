package dev.synap.preflight.reports.model;

import java.util.List;

/**
 * How the documents split over Synap's scopes.
 *
 * @param userScoped documents with a user id
 * @param customerScoped documents with a customer id and no user id
 * @param clientScoped documents with neither (visible to the whole client)
 * @param distinctUsers distinct user ids
 * @param distinctCustomers distinct customer ids
 * @param topUsers the users with most documents, most first
 * @param topCustomers the customers with most documents, most first
 */
public record ScopeSummary(
    long userScoped,
    long customerScoped,
    long clientScoped,
    long distinctUsers,
    long distinctCustomers,
    List<IdCount> topUsers,
    List<IdCount> topCustomers) {

  public ScopeSummary {
    topUsers = Copies.list(topUsers);
    topCustomers = Copies.list(topCustomers);
  }
}
