/// <reference lib="dom" />
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserSession } from "./browser-session";

/**
 * A web-based reader: a page of another origin fetches the site's feed with
 * `fetch`, reads its ETag (exposed by CORS) and asks again with If-None-Match,
 * which Chromium sends only after a preflight. It must get a 304.
 */
export async function checkCors({ base, report, newContext }: BrowserSession): Promise<void> {
  // Another origin: a blank page on 127.0.0.1, where the site is on localhost.
  const server = createServer((_, response) => response.writeHead(200, { "Content-Type": "text/html" }).end("<!doctype html><title>reader</title>"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const context = await newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const seen = await page.evaluate(async (url) => {
      const first = await fetch(url, { cache: "no-store" });
      const etag = first.headers.get("ETag");
      const again = await fetch(url, { cache: "no-store", headers: { "If-None-Match": etag ?? "" } });
      return { first: first.status, etag, again: again.status, modified: again.headers.get("Last-Modified") };
    }, `${base}/atom.xml`);
    report("a page of another origin fetches a feed, reads its ETag, and gets a 304 with If-None-Match", [
      ...(seen.first === 200 ? [] : [`first fetch ${seen.first}`]),
      ...(seen.etag ? [] : ["the ETag is not exposed to the page"]),
      ...(seen.again === 304 ? [] : [`conditional fetch ${seen.again}`]),
      ...(seen.modified ? [] : ["Last-Modified is not exposed to the page"]),
    ]);
  } finally {
    await context.close();
    server.close();
  }
}
