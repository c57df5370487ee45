/** The one Publisher of the store (a Durable Object named once for the whole site). */
export function publisher(env: Env) {
  return env.PUBLISHER.get(env.PUBLISHER.idFromName("publisher"));
}
