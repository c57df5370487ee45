import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import type { Item } from "../../src/items/item";

const ROOT = new URL("../..", import.meta.url).pathname;
const run = promisify(execFile);
const temporary: string[] = [];

/** Runs `npm run build`'s command on `items`; its exit code, output and items. */
async function build(items: string) {
  const out = join(await scratch(), "items.txt");
  const result = await run("npx", ["tsx", "src/build.ts", "--items", items, "--out", out], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  const module = await readFile(out, "utf8").catch(() => undefined);
  const built = module === undefined ? undefined : (JSON.parse(module) as Item[]);
  return { code: result.code, stdout: result.stdout, stderr: result.stderr, items: built };
}

async function scratch() {
  const dir = await mkdtemp(join(tmpdir(), "build-test-"));
  temporary.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("npm run build", () => {
  it("refuses the corpus of broken items with exactly one line per problem, and writes nothing", async () => {
    const { code, stderr, items } = await build("test/fixtures/items-bad");
    const expected = (await readFile(join(ROOT, "test/fixtures/items-bad.expected.txt"), "utf8"))
      .trimEnd()
      .split("\n")
      .map((line) => line.replaceAll("items/", "test/fixtures/items-bad/"));
    expect(code).toBe(1);
    expect(stderr.trimEnd().split("\n")).toEqual([`${expected.length} problems in items:`, ...expected]);
    expect(items).toBeUndefined();
  });

  it("refuses a file over 1 MiB", async () => {
    const dir = await scratch();
    const text = `---\ntitle: Énorme\ndate: 2017-11-08\n---\n${"x".repeat(1024 * 1024)}\n`;
    await writeFile(join(dir, "huge.md"), text);
    const { code, stderr } = await build(dir);
    expect(code).toBe(1);
    expect(stderr).toContain(`${dir}/huge.md → file: ${Buffer.byteLength(text)} bytes, over the limit of 1048576 bytes (1 MiB)`);
  });

  it("accepts a byte-order mark, Windows line ends and a day without time; holds back drafts, and schedules the future", async () => {
    const { code, stdout, items } = await build("test/fixtures/items-edge");
    expect(code).toBe(0);
    expect(stdout).toContain("built 4 items (1 draft left out, 1 scheduled: shown from their date)");
    const bySlug = new Map(items!.map((i) => [i.slug, i]));
    expect(bySlug.get("byte-order-mark")!.title).toBe("Avec un BOM");
    expect(bySlug.get("crlf-line-ends")!.html).toBe("<p>Premier paragraphe.</p>\n<p>Second paragraphe.</p>\n");
    expect(bySlug.get("day-only")).toMatchObject({ date: "2017-11-12T12:00:00.000Z", dayOnly: true });
    expect(bySlug.get("scheduled")!.date).toBe("2099-01-01T07:00:00.000Z");
    expect(bySlug.has("draft")).toBe(false);
  });

  it("builds the good items the same whether a bad one beside them is fixed or absent", async () => {
    const dir = await scratch();
    await cp(join(ROOT, "test/fixtures/items-interop"), dir, { recursive: true });
    const alone = await build(dir);
    await writeFile(join(dir, "boukamal.md"), "---\ntitel: Boukamal\ndate: 2017-13-45\n---\nCorps.\n");
    const broken = await build(dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`${dir}/boukamal.md → date: not a date: "2017-13-45"`);
    await writeFile(join(dir, "boukamal.md"), "---\ntitle: Boukamal\ndate: 2017-11-13\n---\nCorps.\n");
    const fixed = await build(dir);
    expect(fixed.code).toBe(0);
    expect(fixed.items!.filter((i) => i.slug !== "boukamal")).toEqual(alone.items);
  });
});
