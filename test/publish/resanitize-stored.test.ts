import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { publisher } from "../../src/publish/publisher-stub";
import { freshStore, get, published, TOKEN } from "../support/store";
import { unsafeMarkup } from "../support/unsafe-markup";

beforeEach(freshStore);

/** What marked-footnote wrote for `[^x" onmouseover="alert(1)]` before bodies were sanitised (stored by an older deployment). */
const LEGACY =
  '<p>Texte<sup><a id="footnote-ref-x" onmouseover="alert(1)" href="/articles/notes#footnote-x" onmouseover="alert(1)" data-footnote-ref aria-describedby="footnote-label">1</a></sup>.</p>\n' +
  '<section class="footnotes" data-footnotes>\n<h2 id="footnote-label">Notes</h2>\n<ol>\n<li id="footnote-x" onmouseover="alert(1)">\n' +
  '<p>La note. <a href="/articles/notes#footnote-ref-x" onmouseover="alert(1)" data-footnote-backref aria-label="Retour à l’appel de note x" onmouseover="alert(1)">↩</a></p>\n</li>\n</ol>\n</section>\n';

/** The statements of migrations/0004_resanitize.sql that mark the bodies to sanitise again. */
function markingStatements(): D1PreparedStatement[] {
  const migration = env.TEST_MIGRATIONS.find((m) => m.name === "0004_resanitize.sql")!;
  return migration.queries.filter((q) => q.startsWith("UPDATE items")).map((q) => env.DB.prepare(q));
}

const storedHtml = async (slug: string) =>
  env.DB.prepare("SELECT item ->> 'html' AS html, resanitize FROM items WHERE slug = ?1").bind(slug).first<{ html: string; resanitize: number }>();

describe("bodies stored before the sanitiser ran on Markdown", () => {
  it("are marked by the migration, sanitised again before every document is rendered, and served inert", async () => {
    const text = (title: string) => `---\ntitle: ${title}\ndate: 2017-11-08\n---\nTexte[^1].\n\n[^1]: La note.\n`;
    await published([{ name: "notes.md", text: text("Notes") }, { name: "plain.md", text: "---\ntitle: Plain\ndate: 2017-11-07\n---\nTexte.\n" }]);
    // The store of an older deployment: the raw footnotes in the row and in the page rendered from it.
    await env.DB.prepare("UPDATE items SET item = json_set(item, '$.html', ?1) WHERE slug = 'notes'").bind(LEGACY).run();
    const marking = markingStatements();
    expect(marking).toHaveLength(2);
    await env.DB.batch(marking);
    expect((await storedHtml("notes"))!.resanitize).toBe(1);
    expect((await storedHtml("plain"))!.resanitize).toBe(0);

    // A new deployment renders every document again (`npm run dev` asks for it as here).
    await publisher(env).rerender();
    const stored = (await storedHtml("notes"))!;
    expect(stored.resanitize).toBe(0);
    expect(unsafeMarkup(stored.html)).toEqual([]);
    // The label is no id it keeps: the note stays, inert, until its file is sent again.
    expect(stored.html).toContain('<li>\n<p>La note. <a href="/articles/notes#footnote-ref-x" data-footnote-backref aria-label="Retour à l’appel de note x">↩</a></p>\n</li>');
    const page = await (await get("/articles/notes")).text();
    expect(unsafeMarkup(/<main[^>]*>([\s\S]*)<\/main>/.exec(page)![1]!)).toEqual([]);
    expect(page).not.toContain("alert");
    expect(await (await get("/rss.xml")).text()).not.toContain("alert");

    // `npm run publish` sends the marked file again, as its digest no longer matches; its notes are numbered anew.
    const files = await (await get("/publish/files", { Authorization: `Bearer ${TOKEN}` })).json<{ files: Record<string, string> }>();
    expect(files.files["items/notes.md"]).toBe("");
    expect(files.files["items/plain.md"]).toMatch(/^[0-9a-f]{64}$/);
    expect(await published([{ name: "notes.md", text: text("Notes") }])).toEqual([{ file: "items/notes.md", result: "updated", state: "live" }]);
    expect((await storedHtml("notes"))!.html).toContain('<li id="footnote-1">');
  });
});
