/**
 * The WebSub hubs (W3C WebSub §4) every current feed advertises and the
 * Publisher tells of each change: `WEBSUB_HUBS` in wrangler.toml, comma-separated.
 * None by default, so that no feed points at a service nobody chose. Checked
 * once, when the Worker starts, like BASE_URL: a wrong setting fails the
 * deployment, not each publish. Each hub is written as the URL parser writes it,
 * so the feeds, the Link header and the requests to the hub say the same string.
 */
export function websubHubs(configured: string | undefined): string[] {
  const listed = (configured ?? "").split(",").map((hub) => hub.trim()).filter((hub) => hub !== "");
  const wrong = listed.filter((hub) => !httpUrl(hub));
  if (wrong.length > 0) {
    throw new Error(
      `WEBSUB_HUBS: ${wrong.map((hub) => JSON.stringify(hub)).join(", ")} ${wrong.length === 1 ? "is not an http(s) URL" : "are not http(s) URLs"}; set it to hub URLs separated by commas, e.g. https://pubsubhubbub.appspot.com/`,
    );
  }
  return [...new Set(listed.map((hub) => new URL(hub).href))];
}

function httpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && !url.username && !url.password && !url.hash;
  } catch {
    return false;
  }
}
