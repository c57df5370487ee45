import { execFile, execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { readItemFiles } from "../../src/cli/read-item-files";
import { ItemsError } from "../../src/items/items-error";
import { loadItems } from "../../src/items/load-items";
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

/** The check of the folder `items`, in this process: the items it would publish, or every line it refused them with. */
async function check(items: string) {
  const files = await readItemFiles(items);
  try {
    return { items: loadItems(files, site), files, lines: [] as string[] };
  } catch (error) {
    if (!(error instanceof ItemsError)) throw error;
    return { lines: error.lines };
  }
}

const good = "---\ntitle: Bon\ndate: 2017-11-08\n---\nCorps.\n";

describe("reading and checking items/", () => {
  it("refuses the corpus of broken items with exactly one line per problem", async () => {
    const dir = "test/fixtures/items-bad";
    const expected = (await readFile(join(ROOT, "test/fixtures/items-bad.expected.txt"), "utf8"))
      .trimEnd()
      .split("\n")
      .map((line) => line.replaceAll("items/", `${dir}/`));
    const { lines } = await check(dir);
    expect(lines).toEqual(expected);
  });

  it("refuses a file over 256 KiB, reading no more of it than the limit", async () => {
    const dir = await scratch();
    await writeFile(join(dir, "huge.md"), `---\ntitle: Énorme\ndate: 2017-11-08\n---\n${"x".repeat(3 * 1024 * 1024)}\n`);
    const { lines } = await check(dir);
    expect(lines).toEqual([`${dir}/huge.md → file: 262145 bytes, over the limit of 262144 bytes (256 KiB)`]);
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
    const { lines } = await check(dir);
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
    const { lines } = await check(dir);
    expect(lines).toEqual([
      `${dir}/\\x1b[2Jclear.md → front matter: no closing "---" line after the fields`,
      `${dir}/a\\x0aforged.md → title: forged.md → slug: the file name "a\\nforged.md → title: forged" is not URL-safe: rename the file (a-z, 0-9, hyphens) or set slug`,
    ]);
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f]/);
  });

  it("accepts a byte-order mark, Windows line ends and a day without time, and leaves drafts out", async () => {
    const { items, files } = await check("test/fixtures/items-edge");
    expect(files!.length - items!.length).toBe(1);
    expect(items!.find((i) => i.slug === "scheduled")!.date).toBe("2099-01-01T07:00:00.000Z");
    const bySlug = new Map(items!.map((i) => [i.slug, i]));
    expect(bySlug.get("byte-order-mark")!.title).toBe("Avec un BOM");
    expect(bySlug.get("crlf-line-ends")!.html).toBe("<p>Premier paragraphe.</p>\n<p>Second paragraphe.</p>\n");
    expect(bySlug.get("day-only")).toMatchObject({ date: "2017-11-12T12:00:00.000Z", dayOnly: true });
    expect(bySlug.has("draft")).toBe(false);
  });

  it("reads the good items the same whether a bad one beside them is fixed or absent", async () => {
    const dir = await scratch();
    await cp(join(ROOT, "test/fixtures/items"), dir, { recursive: true });
    const alone = await check(dir);
    await writeFile(join(dir, "boukamal.md"), "---\ntitel: Boukamal\ndate: 2017-13-45\n---\nCorps.\n");
    const broken = await check(dir);
    expect(broken.lines).toContain(`${dir}/boukamal.md → date: not a date: "2017-13-45"`);
    await writeFile(join(dir, "boukamal.md"), "---\ntitle: Boukamal\ndate: 2017-11-13\n---\nCorps.\n");
    const fixed = await check(dir);
    expect(fixed.items!.filter((i) => i.slug !== "boukamal")).toEqual(alone.items);
  });
});

describe("npm run check (the command)", () => {
  it(
    "prints every problem and exits 1, or what is ready and what is scheduled",
    async () => {
      const run = promisify(execFile);
      const command = (items: string) =>
        run("npx", ["tsx", "src/cli/check.ts", "--items", items], { cwd: ROOT }).then(
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
      expect(edge.stdout).toBe("4 items ready to publish (1 draft, 1 scheduled)\n  scheduled: test/fixtures/items-edge/scheduled.md goes live at 2099-01-01T07:00:00.000Z\n");
    },
    // Two processes that start TypeScript: generous, so that a loaded machine does not fail it.
    120_000,
  );
});
