import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Copies the work tree's files that git tracks or would track (new files not yet
 * added count: the bench measures the code as it is) from `root` into `dest`, and
 * links `root`'s node_modules: synthetic items and builds then happen in the copy,
 * never in the project.
 */
export function copyProject(root: string, dest: string): string {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    // A tracked file deleted in the work tree is not part of what is being measured.
    if (!existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(root, file), join(dest, file));
  }
  symlinkSync(join(root, "node_modules"), join(dest, "node_modules"));
  return dest;
}
