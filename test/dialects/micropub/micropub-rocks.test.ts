import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../../../src/app";
import { tokenHash } from "../../../src/store/token-hash";
import { mediaFiles } from "../../support/fixture-files";
import { freshStore, TOKEN } from "../../support/store";

/**
 * The server tests of micropub.rocks (github.com/aaronpk/micropub.rocks: the
 * requests of views/server-tests/NNN.php), one test each, named by its number.
 * Each sends what the suite sends and asserts what the suite checks; where the
 * suite asks a person to look at the post, the test looks for them: through
 * `q=source`, and on the post's page.
 */

const BASE = "https://feeds.tests.example";
const ENDPOINT = "/micropub";
const SUNSET = "https://micropub.rocks/media/sunset.jpg";
const CITY = "https://micropub.rocks/media/city-at-night.jpg";
const picture = (name: string) => mediaFiles.find((m) => m.name === name)!.bytes;

const send = (body: BodyInit, headers: Record<string, string>, path = ENDPOINT) =>
  app.request(path, { method: "POST", headers: { Authorization: `Bearer ${TOKEN}`, ...headers }, body }, env);
/** A form-encoded POST, the body sent as the suite writes it (brackets and commas literal). */
const form = (body: string, headers: Record<string, string> = {}) => send(body, { "Content-Type": "application/x-www-form-urlencoded", ...headers });
const json = (body: unknown) => send(JSON.stringify(body), { "Content-Type": "application/json", Accept: "application/json" });
const multipart = (data: FormData, path = ENDPOINT) => send(data, {}, path);
const query = (params: string, token = TOKEN) => app.request(`${ENDPOINT}?${params}`, { headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } }, env);
const page = async (location: string) => (await app.request(new URL(location).pathname, {}, env)).text();

/** The suite's pass for a create: 201 or 202, and a Location. */
async function created(response: Response): Promise<string> {
  expect([201, 202]).toContain(response.status);
  const location = response.headers.get("Location");
  expect(location).toMatch(/^https:\/\/feeds\.tests\.example\/articles\/[a-z0-9-]+$/);
  return location!;
}

/** `q=source` of a post: its type and properties. */
async function source(location: string, extra = ""): Promise<{ type?: string[]; properties: Record<string, unknown[]> }> {
  const response = await query(`q=source${extra}&url=${encodeURIComponent(location)}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toContain("application/json");
  return response.json();
}

/** The suite's pass for an update: 200 or 204, or 201 with a Location. */
function updated(response: Response) {
  expect([200, 201, 204]).toContain(response.status);
  if (response.status === 201) expect(response.headers.get("Location")).toBeTruthy();
}

beforeAll(async () => {
  await freshStore();
  // 804's token: a real one, without the scope needed to create.
  await env.DB.prepare("INSERT INTO tokens (name, hash, scope, created_at) VALUES ('no-create', ?1, 'media', '2026-01-01T00:00:00Z')")
    .bind(await tokenHash("token-without-create"))
    .run();
});

describe("creating, form-encoded", () => {
  it("100: an h-entry", async () => {
    const location = await created(await form("h=entry&content=Micropub+test+of+creating+a+basic+h-entry"));
    expect((await source(location)).properties.content).toEqual(["Micropub test of creating a basic h-entry"]);
    expect(await page(location)).toContain("<p>Micropub test of creating a basic h-entry</p>");
  });

  it("101: an h-entry with multiple categories", async () => {
    const location = await created(
      await form("h=entry&content=Micropub+test+of+creating+an+h-entry+with+categories.+This+post+should+have+two+categories,+test1+and+test2&category[]=test1&category[]=test2"),
    );
    expect((await source(location)).properties.category).toEqual(["test1", "test2"]);
    const html = await page(location);
    expect(html).toContain('<a href="/categories/test1/">test1</a>, <a href="/categories/test2/">test2</a>');
  });

  it("104: an h-entry with a photo referenced by URL", async () => {
    const location = await created(await form(`h=entry&content=Micropub+test+of+creating+a+photo+referenced+by+URL&photo=${encodeURIComponent(SUNSET)}`));
    expect((await source(location)).properties.photo).toEqual([SUNSET]);
    expect(await page(location)).toContain(`<img src="${SUNSET}"`);
  });

  it("107: an h-entry with one category", async () => {
    const location = await created(
      await form("h=entry&content=Micropub+test+of+creating+an+h-entry+with+one+category.+This+post+should+have+one+category,+test1&category=test1"),
    );
    expect((await source(location)).properties.category).toEqual(["test1"]);
  });
});

describe("creating, JSON", () => {
  it("200: an h-entry", async () => {
    const location = await created(await json({ type: ["h-entry"], properties: { content: ["Micropub test of creating an h-entry with a JSON request"] } }));
    expect((await source(location)).properties.content).toEqual(["Micropub test of creating an h-entry with a JSON request"]);
  });

  it("201: an h-entry with multiple categories", async () => {
    const content = "Micropub test of creating an h-entry with a JSON request containing multiple categories. This post should have two categories, test1 and test2.";
    const location = await created(await json({ type: ["h-entry"], properties: { content: [content], category: ["test1", "test2"] } }));
    expect((await source(location)).properties.category).toEqual(["test1", "test2"]);
  });

  it("202: an h-entry with HTML content", async () => {
    const html = "<p>This post has <b>bold</b> and <i>italic</i> text.</p>";
    const location = await created(await json({ type: ["h-entry"], properties: { content: [{ html }] } }));
    // §3.7.2: a post authored as HTML comes back as HTML.
    expect((await source(location)).properties.content).toEqual([{ html }]);
    expect(await page(location)).toContain("<p>This post has <strong>bold</strong> and <em>italic</em> text.</p>");
  });

  it("203: an h-entry with a photo referenced by URL", async () => {
    const content = "Micropub test of creating a photo referenced by URL. This post should include a photo of a sunset.";
    const location = await created(await json({ type: ["h-entry"], properties: { content: [content], photo: [SUNSET] } }));
    expect((await source(location)).properties.photo).toEqual([SUNSET]);
    expect(await page(location)).toContain(`<img src="${SUNSET}"`);
  });

  it("204: an h-entry with a nested object", async () => {
    const checkin = {
      type: ["h-card"],
      properties: {
        name: ["Los Gorditos"],
        url: ["https://foursquare.com/v/502c4bbde4b06e61e06d1ebf"],
        latitude: [45.524330801154],
        longitude: [-122.68068808051],
        "street-address": ["922 NW Davis St"],
        locality: ["Portland"],
        region: ["OR"],
        "country-name": ["United States"],
        "postal-code": ["97209"],
      },
    };
    const location = await created(
      await json({ type: ["h-entry"], properties: { published: ["2017-05-31T12:03:36-07:00"], content: ["Lunch meeting"], checkin: [checkin] } }),
    );
    // Stored as sent, numbers included: no property is lost.
    expect((await source(location)).properties.checkin).toEqual([checkin]);
    expect(await page(location)).toContain('<time datetime="2017-05-31T19:03:36.000Z">');
  });

  it("205: an h-entry with a photo with alt text", async () => {
    const content = "Micropub test of creating a photo referenced by URL with alt text. This post should include a photo of a sunset.";
    const photo = { value: SUNSET, alt: "Photo of a sunset" };
    const location = await created(await json({ type: ["h-entry"], properties: { content: [content], photo: [photo] } }));
    expect((await source(location)).properties.photo).toEqual([photo]);
    expect(await page(location)).toContain(`<img src="${SUNSET}" alt="Photo of a sunset">`);
  });

  it("206: an h-entry with multiple photos referenced by URL", async () => {
    const content = "Micropub test of creating multiple photos referenced by URL. This post should include a photo of a city at night.";
    const location = await created(await json({ type: ["h-entry"], properties: { content: [content], photo: [SUNSET, CITY] } }));
    const html = await page(location);
    expect(html).toContain(`<img src="${SUNSET}"`);
    expect(html).toContain(`<img src="${CITY}"`);
  });
});

describe("creating, multipart", () => {
  it("300: an h-entry with a photo", async () => {
    const data = new FormData();
    data.append("h", "entry");
    data.append("content", "Nice sunset tonight");
    data.append("photo", new File([picture("sunset.jpg")], "sunset.jpg", { type: "image/jpeg" }));
    const location = await created(await multipart(data));
    const [photo] = (await source(location)).properties.photo as string[];
    expect(photo).toMatch(/^https:\/\/feeds\.tests\.example\/media\/[0-9a-f]{32}\.jpg$/);
    const image = await app.request(new URL(photo!).pathname, {}, env);
    expect(image.headers.get("Content-Type")).toBe("image/jpeg");
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(picture("sunset.jpg"));
    // The feeds carry its real type and length.
    const rss = await (await app.request("/rss.xml", {}, env)).text();
    expect(rss).toContain(`<enclosure length="${picture("sunset.jpg").byteLength}" type="image/jpeg" url="${photo}"/>`);
  });

  it("301: an h-entry with two photos", async () => {
    const data = new FormData();
    data.append("h", "entry");
    data.append("content", "This post should have two photos");
    data.append("photo[]", new File([picture("sunset.jpg")], "sunset.jpg", { type: "image/jpeg" }));
    data.append("photo[]", new File([picture("city-at-night.jpg")], "city-at-night.jpg", { type: "image/jpeg" }));
    const location = await created(await multipart(data));
    const photos = (await source(location)).properties.photo as string[];
    expect(photos).toHaveLength(2);
    const html = await page(location);
    for (const photo of photos) expect(html).toMatch(new RegExp(`src="(?:${BASE})?${new URL(photo).pathname}"`));
  });
});

describe("updating", () => {
  const create = async (properties: Record<string, unknown[]>) => created(await json({ type: ["h-entry"], properties }));
  const update = (location: string, operations: Record<string, unknown>) => json({ action: "update", url: location, ...operations });

  it("400: replace a property", async () => {
    const location = await create({ content: ["Micropub update test. This text should be replaced if the test succeeds."] });
    updated(await update(location, { replace: { content: ["This is the updated text. If you can see this you passed the test!"] } }));
    expect((await source(location)).properties.content).toEqual(["This is the updated text. If you can see this you passed the test!"]);
    expect(await page(location)).toContain("<p>This is the updated text. If you can see this you passed the test!</p>");
  });

  it("401: add a value to an existing property", async () => {
    const location = await create({
      content: ["Micropub update test for adding a category. After you run the update, this post should have two categories: test1 and test2."],
      category: ["test1"],
    });
    updated(await update(location, { add: { category: ["test2"] } }));
    expect((await source(location)).properties.category).toEqual(["test1", "test2"]);
  });

  it("402: add a value to a non-existent property", async () => {
    const location = await create({
      content: ["This test adds a category property to a post that previously had no category. After you run the update, this post should have the category test1."],
    });
    updated(await update(location, { add: { category: ["test1"] } }));
    expect((await source(location)).properties.category).toEqual(["test1"]);
    expect(await (await app.request("/categories/test1/feed.json", {}, env)).text()).toContain(location);
  });

  it("403: remove a value from a property", async () => {
    const location = await create({
      content: ["This test deletes a category from the post. After you run the update, this post should have only the category test1."],
      category: ["test1", "test2"],
    });
    updated(await update(location, { delete: { category: ["test2"] } }));
    expect((await source(location)).properties.category).toEqual(["test1"]);
  });

  it("404: remove a property", async () => {
    const location = await create({
      content: ["This test deletes the category property from the post. After you run the update, this post should have no categories."],
      category: ["test1", "test2"],
    });
    updated(await update(location, { delete: ["category"] }));
    expect((await source(location)).properties).not.toHaveProperty("category");
  });

  it("405: reject the request if the operation is not an array", async () => {
    const location = await create({ content: ["Micropub update test #405."] });
    const response = await update(location, { replace: "This is not a valid update request." });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid_request", error_description: "replace: expected an object whose values are lists" });
    expect((await source(location)).properties.content).toEqual(["Micropub update test #405."]);
  });
});

describe("deleting and undeleting", () => {
  const gone = async (location: string) => expect((await app.request(new URL(location).pathname, {}, env)).status).toBe(404);
  const there = async (location: string) => expect((await app.request(new URL(location).pathname, {}, env)).status).toBe(200);

  it("500: delete a post (form-encoded)", async () => {
    const location = await created(await form("h=entry&content=This+post+will+be+deleted+when+the+test+succeeds."));
    const response = await form(`action=delete&url=${location}`);
    expect([200, 201, 204]).toContain(response.status);
    await gone(location);
  });

  it("501: delete a post (JSON)", async () => {
    const location = await created(await json({ type: ["h-entry"], properties: { content: ["This post will be deleted when the test succeeds."] } }));
    expect([200, 201, 204]).toContain((await json({ action: "delete", url: location })).status);
    await gone(location);
    expect(await (await app.request("/feed.json", {}, env)).text()).not.toContain(location);
  });

  it("502: undelete a post (form-encoded)", async () => {
    const location = await created(await form("h=entry&content=This+post+will+be+deleted,+and+should+be+restored+after+undeleting+it."));
    expect([200, 201, 204]).toContain((await form(`action=delete&url=${location}`)).status);
    await gone(location);
    expect([200, 201, 204]).toContain((await form(`action=undelete&url=${location}`)).status);
    await there(location);
  });

  it("503: undelete a post (JSON)", async () => {
    const location = await created(await json({ type: ["h-entry"], properties: { content: ["This post will be deleted, and should be restored after undeleting it."] } }));
    expect([200, 201, 204]).toContain((await json({ action: "delete", url: location })).status);
    await gone(location);
    expect([200, 201, 204]).toContain((await json({ action: "undelete", url: location })).status);
    await there(location);
    expect(await (await app.request("/feed.json", {}, env)).text()).toContain(location);
  });
});

describe("querying", () => {
  it("600: configuration", async () => {
    const response = await query("q=config");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ "media-endpoint": `${BASE}/micropub/media`, "syndicate-to": [], q: ["config", "source", "syndicate-to"] });
  });

  it("601: syndication targets", async () => {
    const response = await query("q=syndicate-to");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ "syndicate-to": [] });
  });

  it("602: source, all properties", async () => {
    const location = await created(
      await json({ type: ["h-entry"], properties: { content: ["Test of querying the endpoint for the source content"], category: ["micropub", "test"] } }),
    );
    expect(await source(location)).toEqual({
      type: ["h-entry"],
      properties: { content: ["Test of querying the endpoint for the source content"], category: ["micropub", "test"] },
    });
  });

  it("603: source, specific properties", async () => {
    const location = await created(
      await json({
        type: ["h-entry"],
        properties: { content: ["Test of querying the endpoint for the source content"], category: ["micropub", "test"], summary: ["Not asked for"] },
      }),
    );
    // Only the properties asked for, and no type (§3.7.2).
    expect(await source(location, "&properties%5B%5D=content&properties%5B%5D=category")).toEqual({
      properties: { content: ["Test of querying the endpoint for the source content"], category: ["micropub", "test"] },
    });
  });
});

describe("the media endpoint", () => {
  it.each([
    ["700", "sunset.jpg", "image/jpeg"],
    ["701", "micropub-rocks.png", "image/png"],
    ["702", "w3c-socialwg.gif", "image/gif"],
  ])("%s: upload %s", async (_, name, type) => {
    const config = await (await query("q=config")).json<{ "media-endpoint": string }>();
    expect(config["media-endpoint"]).toMatch(/^https?:\/\/[^/\s]+\/\S*$/);
    const data = new FormData();
    data.append("file", new File([picture(name)], name, { type }));
    const response = await multipart(data, new URL(config["media-endpoint"]).pathname);
    expect(response.status).toBe(201);
    const location = response.headers.get("Location")!;
    expect(location).toMatch(/^https:\/\/feeds\.tests\.example\/media\//);
    // Fetched without a token, as the suite does: 200 and exactly the type.
    const fetched = await app.request(new URL(location).pathname, {}, env);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get("Content-Type")).toBe(type);
    expect(new Uint8Array(await fetched.arrayBuffer())).toEqual(picture(name));
  });

  it("702 with the suite's size: a GIF of 2.3 MB is taken", async () => {
    const bytes = new Uint8Array(2_300_000);
    bytes.set(picture("w3c-socialwg.gif"));
    const data = new FormData();
    data.append("file", new File([bytes], "w3c-socialwg.gif", { type: "image/gif" }));
    expect((await multipart(data, "/micropub/media")).status).toBe(201);
  });
});

describe("authentication", () => {
  it("800: accept the access token in the HTTP header", async () => {
    await created(await form("h=entry&content=Testing+accepting+access+token+in+HTTP+Authorization+header"));
  });

  it("801: accept the access token in the POST body", async () => {
    const response = await app.request(
      ENDPOINT,
      { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `h=entry&content=Testing+accepting+access+token+in+post+body&access_token=${TOKEN}` },
      env,
    );
    await created(response);
  });

  it("802: do not store the access token as a property", async () => {
    const response = await app.request(
      ENDPOINT,
      { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `h=entry&content=Testing+accepting+access+token+in+post+body&access_token=${TOKEN}` },
      env,
    );
    const location = await created(response);
    const stored = await source(location);
    expect(stored.properties.content).toEqual(["Testing accepting access token in post body"]);
    expect(stored.properties).not.toHaveProperty("access_token");
    expect(JSON.stringify(await env.DB.prepare("SELECT * FROM items").all())).not.toContain(TOKEN);
  });

  it("803: reject an unauthenticated request", async () => {
    const before = await env.DB.prepare("SELECT COUNT(*) AS n FROM items").first("n");
    const response = await app.request(
      ENDPOINT,
      { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "h=entry&content=Testing+unauthenticated+request.+This+should+not+create+a+post." },
      env,
    );
    expect(response.status).toBe(401);
    expect((await response.json<{ error: string }>()).error).toBe("unauthorized");
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM items").first("n")).toBe(before);
  });

  it("804: reject a token without the scope to create (403, RFC 6750 §3.1; the 2017 Recommendation said 401)", async () => {
    const response = await app.request(
      ENDPOINT,
      {
        method: "POST",
        headers: { Authorization: "Bearer token-without-create", "Content-Type": "application/x-www-form-urlencoded" },
        body: "h=entry&content=Testing+a+request+with+an+unauthorized+access+token.+This+should+not+create+a+post.",
      },
      env,
    );
    expect(response.status).toBe(403);
    expect((await response.json<{ error: string }>()).error).toBe("insufficient_scope");
  });

  it("805: reject a token sent in both the header and the body (400 invalid_request, RFC 6750 §2)", async () => {
    const response = await form(
      `h=entry&content=Testing+accepting+access+token+in+HTTP+Authorization+header+and+POST+body.+This+should+not+create+a+post&access_token=${TOKEN}`,
    );
    expect(response.status).toBe(400);
    expect((await response.json<{ error: string }>()).error).toBe("invalid_request");
  });
});
