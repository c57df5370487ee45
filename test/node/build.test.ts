import { execFile, execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { buildItems } from "../../src/cli/build-items";
import { ItemsError } from "../../src/items/items-error";
import type { Item } from "../../src/items/item";
import { site } from "../fixtures/site";

const ROOT = new URL("../..", import.meta.url).pathname;
const temporary: string[] = [];

async function scratch() {
  const dir = await mkdtemp(join(tmpdir(), "build-test-"));
  temporary.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The build of `items`, in this process: what it wrote, or every line it refused with. */
async function build(items: string, now?: number) {
  const out = join(await scratch(), "items.txt");
  try {
    const built = await buildItems(items, out, site, now);
    const written = JSON.parse(await readFile(out, "utf8")) as Item[];
    return { built, written, lines: [] as string[] };
  } catch (error) {
    if (!(error instanceof ItemsError)) throw error;
    const stale = await readFile(out, "utf8").catch(() => undefined);
    return { lines: error.lines, stale };
  }
}

const good = "---\ntitle: Bon\ndate: 2017-11-08\n---\nCorps.\n";

describe("the build", () => {
  it("refuses the corpus of broken items with exactly one line per problem, and writes nothing", async () => {
    const dir = "test/fixtures/items-bad";
    const expected = (await readFile(join(ROOT, "test/fixtures/items-bad.expected.txt"), "utf8"))
      .trimEnd()
      .split("\n")
      .map((line) => line.replaceAll("items/", `${dir}/`));
    const { lines, stale } = await build(dir);
    expect(lines).toEqual(expected);
    expect(stale).toBeUndefined();
  });

  it("refuses a file over 1 MiB, reading no more of it than the limit", async () => {
    const dir = await scratch();
    await writeFile(join(dir, "huge.md"), `---\ntitle: Énorme\ndate: 2017-11-08\n---\n${"x".repeat(3 * 1024 * 1024)}\n`);
    const { lines } = await build(dir);
    expect(lines).toEqual([`${dir}/huge.md → file: 1048577 bytes, over the limit of 1048576 bytes (1 MiB)`]);
  });

  it("reads only regular files in the folder: links, devices, pipes and folders are refused by name", async () => {
    const dir = await scratch();
    const outside = join(await scratch(), "secret.md");
    await writeFile(outside, "---\ntitle: SECRET-TITLE\ndate: 2017-11-08\n---\nSECRET-BODY\n");
    await symlink(outside, join(dir, "outside.md"));
    await symlink("/dev/zero", join(dir, "zero.md"));
    await symlink(join(dir, "nowhere.md"), join(dir, "dangling.md"));
    await symlink(join(dir, "loop-b.md"), join(dir, "loop-a.md"));
    await symlink(join(dir, "loop-a.md"), join(dir, "loop-b.md"));
    execFileSync("mkfifo", [join(dir, "pipe.md")]);
    await mkdir(join(dir, "folder.md"));
    await writeFile(join(dir, "good.md"), good);
    const link = "file: a symbolic link: items are read only from regular files in the folder (copy the file there instead)";
    const { lines } = await build(dir);
    expect(lines).toEqual([
      `${dir}/dangling.md → ${link}`,
      `${dir}/folder.md → file: a folder: items are files directly in the folder`,
      `${dir}/loop-a.md → ${link}`,
      `${dir}/loop-b.md → ${link}`,
      `${dir}/outside.md → ${link}`,
      `${dir}/pipe.md → file: not a regular file (a device, a named pipe or a socket)`,
      `${dir}/zero.md → ${link}`,
    ]);
    expect(lines.join("\n")).not.toMatch(/SECRET/);
  });

  it("prints file names with control characters escaped, so none can clear a terminal or forge a line", async () => {
    const dir = await scratch();
    await writeFile(join(dir, "\u001b[2Jclear.md"), "---\ntitle: x\n");
    await writeFile(join(dir, "a\nforged.md → title: forged.md"), good);
    const { lines } = await build(dir);
    expect(lines).toEqual([
      `${dir}/\\x1b[2Jclear.md → front matter: no closing "---" line after the fields`,
      `${dir}/a\\x0aforged.md → title: forged.md → slug: the file name "a\\nforged.md → title: forged" is not URL-safe: rename the file (a-z, 0-9, hyphens) or set slug`,
    ]);
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f]/);
  });

  it("accepts a byte-order mark, Windows line ends and a day without time; holds back drafts, and names what is scheduled", async () => {
    const { built, written } = await build("test/fixtures/items-edge", Date.parse("2026-11-30T00:00:00Z"));
    expect(built!.drafts).toBe(1);
    expect(built!.scheduled.map((i) => [i.slug, i.date])).toEqual([["scheduled", "2099-01-01T07:00:00.000Z"]]);
    const bySlug = new Map(written!.map((i) => [i.slug, i]));
    expect(bySlug.get("byte-order-mark")!.title).toBe("Avec un BOM");
    expect(bySlug.get("crlf-line-ends")!.html).toBe("<p>Premier paragraphe.</p>\n<p>Second paragraphe.</p>\n");
    expect(bySlug.get("day-only")).toMatchObject({ date: "2017-11-12T12:00:00.000Z", dayOnly: true });
    expect(bySlug.has("draft")).toBe(false);
  });

  it("builds the good items the same whether a bad one beside them is fixed or absent, and leaves nothing stale", async () => {
    const dir = await scratch();
    await cp(join(ROOT, "test/fixtures/items"), dir, { recursive: true });
    const alone = await build(dir);
    await writeFile(join(dir, "boukamal.md"), "---\ntitel: Boukamal\ndate: 2017-13-45\n---\nCorps.\n");
    const broken = await build(dir);
    expect(broken.lines).toContain(`${dir}/boukamal.md → date: not a date: "2017-13-45"`);
    expect(broken.stale).toBeUndefined();
    await writeFile(join(dir, "boukamal.md"), "---\ntitle: Boukamal\ndate: 2017-11-13\n---\nCorps.\n");
    const fixed = await build(dir);
    expect(fixed.written!.filter((i) => i.slug !== "boukamal")).toEqual(alone.written);
  });
});

describe("npm run build (the command)", () => {
  it(
    "prints every problem and exits 1, or what it built and what is scheduled",
    async () => {
      const run = promisify(execFile);
      const out = join(await scratch(), "items.txt");
      const command = (items: string) =>
        run("npx", ["tsx", "src/cli/build.ts", "--items", items, "--out", out], { cwd: ROOT }).then(
          ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
          (error: { code: number; stdout: string; stderr: string }) => error,
        );
      const bad = await command("test/fixtures/items-bad");
      const expected = (await readFile(join(ROOT, "test/fixtures/items-bad.expected.txt"), "utf8")).trimEnd().split("\n");
      expect(bad.code).toBe(1);
      expect(bad.stderr.trimEnd().split("\n")).toEqual([
        `${expected.length} problems in items:`,
        ...expected.map((line) => line.replaceAll("items/", "test/fixtures/items-bad/")),
      ]);
      const edge = await command("test/fixtures/items-edge");
      expect(edge.code).toBe(0);
      expect(edge.stdout).toBe(
        `built 4 items (1 draft left out, 1 scheduled) → ${out}\n  scheduled: test/fixtures/items-edge/scheduled.md goes live at 2099-01-01T07:00:00.000Z\n`,
      );
    },
    // Two processes that start TypeScript: generous, so that a loaded machine does not fail it.
    120_000,
  );
});
