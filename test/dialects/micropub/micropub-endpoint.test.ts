import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import app from "../../../src/app";
import { all, one, parseXml } from "../../support/parse-xml";
import { freshStore, get, published, publishPicture, TOKEN } from "../../support/store";
import { mediaFiles } from "../../support/fixture-files";

const post = (body: unknown) =>
  app.request("/micropub", { method: "POST", headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" }, body: JSON.stringify(body) }, env);
const form = (body: string) =>
  app.request("/micropub", { method: "POST", headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/x-www-form-urlencoded" }, body }, env);
const entry = (properties: Record<string, unknown[]>, commands: Record<string, unknown[]> = {}) => post({ type: ["h-entry"], properties: { ...properties, ...commands } });

beforeEach(freshStore);

describe("Micropub, beyond micropub.rocks", () => {
  it("publishes a dispatch with a title, summary, categories and date into every feed, its topics' included", async () => {
    const response = await entry({
      name: ["Sturmwarnung für die Nordseeküste"],
      content: ["Der Wetterdienst warnt.\n\nOrkanböen am Abend."],
      summary: ["Orkanböen erwartet."],
      category: ["Wetter", "Küste"],
      published: ["2026-11-29T06:00:00+01:00"],
    }, { "mp-slug": ["sturmwarnung"] });
    expect(response.status).toBe(201);
    expect(response.headers.get("Location")).toBe("https://feeds.tests.example/articles/sturmwarnung");
    const rss = one(parseXml(await (await get("/rss.xml")).text()), "channel");
    const [item] = all(rss, "item");
    expect([one(item!, "title").text, one(item!, "pubDate").text]).toEqual(["Sturmwarnung für die Nordseeküste", "Sun, 29 Nov 2026 05:00:00 GMT"]);
    expect(one(item!, "content:encoded").text).toContain("<p>Der Wetterdienst warnt.</p>\n<p>Orkanböen am Abend.</p>");
    for (const path of ["/categories/wetter/atom.xml", "/categories/kuste/feed.json"]) expect(await (await get(path)).text(), path).toContain("Sturmwarnung");
  });

  it("answers 202 for a post dated in the future, and keeps a draft out of every feed", async () => {
    expect((await entry({ content: ["Plus tard."], published: ["2099-01-01T00:00:00Z"] })).status).toBe(202);
    expect((await entry({ content: ["Brouillon."], "post-status": ["draft"] })).status).toBe(201);
    expect(all(one(parseXml(await (await get("/rss.xml")).text()), "channel"), "item")).toEqual([]);
  });

  it("refuses invalid values with a line naming the property, and writes nothing", async () => {
    const response = await entry({ content: ["Texte."], published: ["hier"], category: ["  "] }, { "mp-slug": ["Pas Bon"] });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: "invalid_request",
      error_description: [
        'published: not a date: "hier" (use 2017-11-08 or 2017-11-08T09:30:00+01:00)',
        "category[0]: must not be empty",
        "mp-slug: not URL-safe: use lowercase letters a-z, digits and single hyphens",
      ].join("\n"),
    });
    expect((await form("h=entry")).status).toBe(400);
    expect(await (await form("h=entry")).json()).toEqual({ error: "invalid_request", error_description: "content: required (the text of the post)" });
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM items").first("n")).toBe(0);
  });

  it("keeps unknown properties in the store and returns them, from a form too", async () => {
    const response = await form("h=entry&content=Avec+un+lieu&location=geo:45.5,-122.6&x-mood=calme&x-mood=serein");
    const location = response.headers.get("Location")!;
    const source = await (await app.request(`/micropub?q=source&url=${encodeURIComponent(location)}`, { headers: { Authorization: `Bearer ${TOKEN}` } }, env)).json<{
      properties: Record<string, unknown>;
    }>();
    expect(source.properties).toEqual({ content: ["Avec un lieu"], location: ["geo:45.5,-122.6"], "x-mood": ["calme", "serein"] });
  });

  it("sanitises HTML content: no script, handler, style or javascript: URL reaches a page or a feed", async () => {
    const html = [
      '<p onclick="alert(1)">Texte <b>gras</b> <a href="javascript:alert(2)">piège</a> <a href="https://example.org/x" style="color:red">lien</a></p>',
      '<script>alert(3)</script><img src="x" onerror="alert(4)" alt="image"><iframe src="https://evil.example"></iframe>',
      "<svg><script>alert(5)</script></svg><style>body{display:none}</style><p>Fin &amp; <i>suite</i></p>",
    ].join("");
    const location = (await entry({ name: ["Piège"], content: [{ html }] })).headers.get("Location")!;
    const page = await (await get(new URL(location).pathname)).text();
    const body = page.slice(page.indexOf("<main"), page.indexOf("</main>"));
    expect(body).toContain('<p>Texte <strong>gras</strong> piège <a href="https://example.org/x">lien</a></p>');
    expect(body).toContain("<p>Fin &amp; <em>suite</em></p>");
    for (const document of [body, await (await get("/rss.xml")).text(), await (await get("/atom.xml")).text(), await (await get("/feed.json")).text()]) {
      expect(document).not.toMatch(/<script|onclick|onerror|javascript:|<iframe|<style>body|<svg/i);
    }
  });

  it("refuses to change an item published from items/, and reads it", async () => {
    await publishPicture("tram.jpg", mediaFiles.find((m) => m.name === "tram.jpg")!.bytes);
    await published([{ name: "depeche.md", text: "---\ntitle: Dépêche\ndate: 2026-11-01\ncategories: [Monde]\nimage: { url: /media/tram.jpg }\n---\nTexte.\n" }]);
    const url = "https://feeds.tests.example/articles/depeche";
    const update = await post({ action: "update", url, replace: { name: ["Autre"] } });
    expect(update.status).toBe(400);
    expect((await update.json<{ error_description: string }>()).error_description).toBe(`url: ${url} was published from items/depeche.md: change it there`);
    const source = await (await app.request(`/micropub?q=source&url=${encodeURIComponent(url)}`, { headers: { Authorization: `Bearer ${TOKEN}` } }, env)).json<{
      properties: Record<string, unknown[]>;
    }>();
    expect(source.properties.name).toEqual(["Dépêche"]);
    expect(source.properties.category).toEqual(["Monde"]);
    expect(source.properties.photo).toEqual(["https://feeds.tests.example/media/tram.jpg"]);
  });

  it("is found from the home page and every article, in the HTML and the Link header", async () => {
    const location = (await entry({ content: ["Découverte."] })).headers.get("Location")!;
    for (const path of ["/", new URL(location).pathname]) {
      const response = await get(path);
      expect(response.headers.get("Link")).toBe('<https://feeds.tests.example/micropub>; rel="micropub"');
      expect(await response.text()).toContain('<link rel="micropub" href="https://feeds.tests.example/micropub">');
    }
  });
});
