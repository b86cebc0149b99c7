package dev.synap.preflight.loader.remote;

import dev.synap.preflight.loader.run.IngestException;
import dev.synap.preflight.loader.run.MemoryFinder;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.error.NotFoundException;
import dev.synap.preflight.synap.error.SynapException;
import dev.synap.preflight.synap.wire.ClientContextRequest;
import dev.synap.preflight.synap.wire.ContextItem;
import dev.synap.preflight.synap.wire.ContextResponse;
import dev.synap.preflight.synap.wire.CustomerContextRequest;
import dev.synap.preflight.synap.wire.Memory;
import dev.synap.preflight.synap.wire.UserContextRequest;
import java.util.List;
import java.util.Optional;

/**
 * {@link MemoryFinder} over {@link SynapClient}: a document with a user is searched on {@code POST
 * /v1/context/user/fetch} (with its customer), one with only a customer on the customer route, any
 * other on the client route, always asking for {@value MemoryFinder#MAX_RESULTS} items; a memory's
 * document comes from {@code GET /api/v1/memories/{id}}.
 */
public final class SynapMemoryFinder implements MemoryFinder {
  private final SynapClient client;

  /** A finder calling {@code client}. */
  public SynapMemoryFinder(SynapClient client) {
    this.client = client;
  }

  @Override
  public List<String> search(MemoryDocument scope, List<String> queries) throws IngestException {
    ContextResponse response;
    try {
      if (present(scope.userId())) {
        response =
            client.fetchUser(
                UserContextRequest.of(
                    scope.userId(), blankToNull(scope.customerId()), queries, MAX_RESULTS));
      } else if (present(scope.customerId())) {
        response =
            client.fetchCustomer(
                CustomerContextRequest.of(scope.customerId(), queries, MAX_RESULTS));
      } else {
        response = client.fetchClient(ClientContextRequest.of(queries, MAX_RESULTS));
      }
    } catch (SynapException e) {
      throw Failures.map(e);
    }
    return response.items().stream().map(ContextItem::id).toList();
  }

  @Override
  public Optional<String> sourceDocument(String memoryId) throws IngestException {
    try {
      Memory m = client.get(memoryId);
      return Optional.ofNullable(m.sourceDocumentId());
    } catch (NotFoundException e) {
      return Optional.empty();
    } catch (SynapException e) {
      throw Failures.map(e);
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static String blankToNull(String s) {
    return present(s) ? s : null;
  }
}
