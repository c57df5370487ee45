import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import app from "../../src/app";
import type { FileResult } from "../../src/dialects/files/files-request";
import { mediaFiles } from "../support/fixture-files";
import { all, one, parseXml } from "../support/parse-xml";
import { freshStore, get, publishFiles, publishPicture, TOKEN } from "../support/store";

const bytesOf = (name: string) => mediaFiles.find((m) => m.name === name)!.bytes;
const upload = (name: string, bytes: Uint8Array) => {
  const data = new FormData();
  data.append("file", new File([bytes], name));
  return app.request("/micropub/media", { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` }, body: data }, env);
};

/** A JPEG's first bytes, and then more than the store takes. */
function oversized(): Uint8Array {
  const bytes = new Uint8Array(10 * 1024 * 1024 + 1);
  bytes.set([0xff, 0xd8, 0xff]);
  return bytes;
}

beforeEach(freshStore);

describe("the media store", () => {
  it.each([
    ["sunset.jpg", "image/jpeg"],
    ["micropub-rocks.png", "image/png"],
    ["w3c-socialwg.gif", "image/gif"],
    ["sunset.webp", "image/webp"],
    ["sunset.avif", "image/avif"],
  ])("takes %s, told by its bytes whatever its name, and serves it as %s", async (name, type) => {
    const response = await upload("picture.bin", bytesOf(name));
    expect(response.status).toBe(201);
    const path = new URL(response.headers.get("Location")!).pathname;
    const served = await get(path);
    expect(served.headers.get("Content-Type")).toBe(type);
    expect(served.headers.get("Content-Length")).toBe(String(bytesOf(name).byteLength));
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytesOf(name));
  });

  it("refuses what is not a picture, an empty file and one over 10 MiB, saying why", async () => {
    const answers = [
      await upload("photo.jpg", new TextEncoder().encode("<svg onload=alert(1)>")),
      await upload("vide.jpg", new Uint8Array()),
      await upload("huge.jpg", oversized()),
    ];
    expect(await Promise.all(answers.map(async (a) => [a.status, (await a.json<{ error_description: string }>()).error_description]))).toEqual([
      [400, "file: not an image: JPEG, PNG, GIF, WebP or AVIF, told by its bytes"],
      [400, "file: empty file"],
      [400, "file: 10485761 bytes, over the limit of 10485760 bytes (10 MiB)"],
    ]);
  });

  it("answers conditional GET with a strong tag, and a 304 reads no picture", async () => {
    const path = new URL((await upload("s.jpg", bytesOf("sunset.jpg"))).headers.get("Location")!).pathname;
    const first = await get(path);
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(first.headers.get("X-Content-Type-Options")).toBe("nosniff");
    for (const tag of [etag, `W/${etag}`]) {
      const again = await get(path, { "If-None-Match": tag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("ETag")).toBe(etag);
    }
    expect((await get(path, { "If-None-Match": '"other"' })).status).toBe(200);
    expect((await get(path, { "If-Modified-Since": first.headers.get("Last-Modified")! })).status).toBe(304);
    expect((await get("/media/nothing.jpg")).status).toBe(404);
    expect((await get("/media/../rss.xml")).status).toBe(404);
  });

  it("keeps an editor's name from media/ (npm run publish), with the extension the bytes agree with", async () => {
    expect((await publishPicture("tram.jpg", bytesOf("tram.jpg"))).status).toBe(201);
    const wrong = await publishPicture("tram.png", bytesOf("tram.jpg"));
    expect(wrong.status).toBe(400);
    expect((await wrong.json<{ error_description: string }>()).error_description).toBe("media/tram.png → file: the bytes are image/jpeg, the name says otherwise (.jpg)");
    const served = await get("/media/tram.jpg");
    expect(served.headers.get("Cache-Control")).toBe("public, max-age=86400, stale-while-revalidate=604800");
  });

  it("gives an item's /media/ picture its real type and length in every feed, and refuses one that is missing", async () => {
    await publishPicture("tram.jpg", bytesOf("tram.jpg"));
    const item = (image: string) => `---\ntitle: Tram\ndate: 2026-11-01\nimage:\n  url: ${image}\n  length: 999999\n---\nTexte.\n`;
    const response = await publishFiles([
      { name: "tram.md", text: item("/media/tram.jpg") },
      { name: "absent.md", text: item("/media/absent.jpg") },
    ]);
    const { results } = await response.json<{ results: FileResult[] }>();
    expect(results).toEqual([
      {
        file: "items/absent.md",
        result: "refused",
        problems: ["image.url: /media/absent.jpg is not in the media store (a file of media/ next to items/: npm run publish sends it)"],
      },
      { file: "items/tram.md", result: "created", state: "live" },
    ]);
    const rss = one(one(parseXml(await (await get("/rss.xml")).text()), "channel"), "item");
    expect(one(rss, "enclosure").attributes).toEqual({ url: "https://feeds.tests.example/media/tram.jpg", type: "image/jpeg", length: String(bytesOf("tram.jpg").byteLength) });
    const atom = all(one(parseXml(await (await get("/atom.xml")).text()), "entry"), "link").find((l) => l.attributes.rel === "enclosure")!;
    expect(atom.attributes.length).toBe(String(bytesOf("tram.jpg").byteLength));
  });
});
