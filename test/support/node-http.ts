import type { IncomingMessage, ServerResponse } from "node:http";

/** The body of a request to one of the tests' own HTTP servers (the local hubs), as text. */
export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** Answers with `status` and `text` (a 204 with neither body nor Content-Type). */
export function answer(response: ServerResponse, status: number, text: string, type = "text/plain; charset=utf-8") {
  response.writeHead(status, status === 204 ? {} : { "Content-Type": type });
  response.end(status === 204 ? undefined : text);
}
