package dev.synap.preflight.synap;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body handler that keeps at most {@code limit} bytes of a response: a {@code Content-Length}
 * over the limit is refused before any byte is read, and a body that grows past it (chunked, or a
 * lying length) is cancelled the moment it does. Either way the call fails with {@link TooLarge},
 * so an answer's size never decides the client's memory.
 */
final class BoundedBody {
  private BoundedBody() {}

  /** The body was over the limit; carries the status of the response it came with. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;

    TooLarge(int status, long limit, String seen) {
      super(
          String.format(
              Locale.ROOT,
              "the response body is over the client's limit of %,d bytes (%s); the answer is"
                  + " out of contract and was not read",
              limit,
              seen));
      this.status = status;
    }

    int status() {
      return status;
    }
  }

  static HttpResponse.BodyHandler<byte[]> handler(long limit) {
    return info -> {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
      if (declared > limit) {
        return refused(
            new TooLarge(
                info.statusCode(),
                limit,
                String.format(Locale.ROOT, "Content-Length %,d", declared)));
      }
      return new Subscriber(info.statusCode(), limit);
    };
  }

  private static HttpResponse.BodySubscriber<byte[]> refused(TooLarge e) {
    return new HttpResponse.BodySubscriber<>() {
      private final CompletableFuture<byte[]> result = CompletableFuture.failedFuture(e);

      @Override
      public CompletionStage<byte[]> getBody() {
        return result;
      }

      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscription.cancel();
      }

      @Override
      public void onNext(List<ByteBuffer> item) {}

      @Override
      public void onError(Throwable throwable) {}

      @Override
      public void onComplete() {}
    };
  }

  /** Copies the body into one growing array, cancelling past the limit. */
  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final int status;
    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private byte[] bytes = new byte[8192];
    private int size;

    Subscriber(int status, long limit) {
      this.status = status;
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : buffers) {
        int n = b.remaining();
        if ((long) size + n > limit) {
          subscription.cancel();
          result.completeExceptionally(
              new TooLarge(status, limit, "more than " + limit + " bytes sent"));
          bytes = null;
          return;
        }
        if (size + n > bytes.length) {
          bytes =
              Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(size + n, 2L * bytes.length)));
        }
        b.get(bytes, size, n);
        size += n;
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      if (!result.isDone()) {
        result.complete(Arrays.copyOf(bytes, size));
      }
    }
  }

  /** The {@link TooLarge} in a send's exception chain, or null. */
  static TooLarge find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooLarge tooLarge) {
        return tooLarge;
      }
    }
    return null;
  }
}
