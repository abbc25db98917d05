/*
 * Key of the untyped core on every client; bindings reach the client through
 * it, so a binding's `client` parameter is checked without comparing the
 * client's generic methods. Symbol.for keeps it identical if two copies of
 * the runtime get loaded.
 */
export const clientCore: unique symbol = Symbol.for("apifree-typed.clientCore");
