package dev.synap.preflight.synap;

/**
 * One HTTP call to make.
 *
 * @param method HTTP method
 * @param path path below the base URL, already encoded, starting with {@code /}
 * @param body JSON body, or null for none
 * @param idempotent true when resending cannot do harm (see {@code RetryPolicy})
 * @param authenticated false only for {@code /health}
 */
record Call(String method, String path, byte[] body, boolean idempotent, boolean authenticated) {

  static Call get(String path) {
    return new Call("GET", path, null, true, true);
  }

  static Call delete(String path) {
    return new Call("DELETE", path, null, true, true);
  }

  static Call post(String path, byte[] body, boolean idempotent) {
    return new Call("POST", path, body, idempotent, true);
  }

  /** Method and path, as exceptions and logs name the call. */
  String operation() {
    return method + " " + path;
  }
}
