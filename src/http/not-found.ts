import { SMALL_ANSWER } from "./cache-policy";

/** RFC 9110 §15.5.5: nothing is here. Short, plain, and run by nothing. */
export function notFound(): Response {
  return new Response("Not found\n", { status: 404, headers: { ...SMALL_ANSWER, "Content-Type": "text/plain; charset=utf-8" } });
}
