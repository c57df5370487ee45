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
 * A throw-away copy of the project whose items/ is `items`: the files git knows
 * or would add (the working tree, less what .gitignore leaves out), node_modules
 * linked.
 */
export async function copyWithItems(items: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "interop-"));
  const { stdout } = await execute("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT });
  for (const file of stdout.split("\0").filter((f) => f && !f.startsWith("items/") && existsSync(join(ROOT, f)))) {
    await cp(join(ROOT, file), join(dir, file), { recursive: true });
  }
  await cp(items, join(dir, "items"), { recursive: true });
  await symlink(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

