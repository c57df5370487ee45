import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const execute = promisify(execFile);

/** The project's root folder. */
export const ROOT = new URL("../..", import.meta.url).pathname;

/**
 * Copies the project into `dest`: the files git knows or would add (the work tree
 * as it is, less what .gitignore leaves out; a tracked file deleted in the work
 * tree is left out), with `items` as its items/ when given, and node_modules
 * linked. Builds and synthetic items then happen in the copy, never here.
 */
export async function copyProject(dest: string, items?: string): Promise<string> {
  const { stdout } = await execute("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT });
  const skip = (file: string) => !file || (items !== undefined && file.startsWith("items/")) || !existsSync(join(ROOT, file));
  for (const file of stdout.split("\0").filter((f) => !skip(f))) {
    await cp(join(ROOT, file), join(dest, file), { recursive: true });
  }
  if (items !== undefined) await cp(items, join(dest, "items"), { recursive: true });
  await symlink(join(ROOT, "node_modules"), join(dest, "node_modules"));
  return dest;
}

/** A throw-away copy of the project whose items/ is `items`, with `media` as its media/ when given. */
export async function copyWithItems(items: string, media?: string): Promise<string> {
  const dir = await copyProject(await mkdtemp(join(tmpdir(), "interop-")), items);
  if (media !== undefined) await cp(media, join(dir, "media"), { recursive: true });
  return dir;
}
