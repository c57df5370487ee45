import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokenHash } from "../../src/store/token-hash";
import { copyProject } from "../interop/copy-with-items";

const run = promisify(execFile);
let project = "";

/** `npm run token -- ARGS` in the copy: its output and exit code. */
const token = (...args: string[]) =>
  run("npx", ["tsx", "src/cli/token.ts", ...args], { cwd: project }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
/** Rows of the copy's local store. */
const rows = async (sql: string) => {
  const { stdout } = await run("npx", ["wrangler", "d1", "execute", "DB", "--local", "--json", "--command", sql], { cwd: project });
  return (JSON.parse(stdout) as { results: Record<string, unknown>[] }[])[0]!.results;
};

// A copy of the project: the tokens go to its local store, never to the working tree's.
beforeAll(async () => void (project = await copyProject(await mkdtemp(join(tmpdir(), "token-test-")))), 120_000);
afterAll(() => rm(project, { recursive: true, force: true }));

describe("npm run token (the command)", () => {
  it(
    "creates a token shown once as the last line, keeps only its hash, lists it, and revokes it",
    async () => {
      const created = await token("create", "editor", "--scope", "create update");
      expect(created.code).toBe(0);
      const lines = created.stdout.trimEnd().split("\n");
      const secret = lines.at(-1)!;
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(lines.at(-2)).toBe("created token editor (create update) for the local store; it is shown once:");
      const [row] = await rows("SELECT name, hash, scope, revoked_at FROM tokens");
      expect(row).toEqual({ name: "editor", hash: await tokenHash(secret), scope: "create update", revoked_at: null });
      expect(JSON.stringify(await rows("SELECT * FROM tokens"))).not.toContain(secret);

      const again = await token("create", "editor");
      expect(again.code).toBe(1);
      expect(again.stderr.trim()).toBe("a token named editor exists: revoke it first (npm run token -- revoke editor)");

      expect((await token("list")).stdout).toMatch(/^editor\tcreate update\tcreated \d{4}-\d\d-\d\dT[\d:.]+Z\n$/);
      const revoked = await token("revoke", "editor");
      expect(revoked.stdout.trim()).toBe("revoked editor: it is refused from now on");
      expect((await rows("SELECT revoked_at FROM tokens"))[0]!.revoked_at).not.toBeNull();
      expect((await token("revoke", "editor")).stderr.trim()).toBe("no active token named editor");
      expect((await token("create", "bad name")).stderr.trim()).toBe('not a token name: "bad name" (letters, digits, . - _)');
      expect((await token("create", "x", "--scope", "publish")).stderr.trim()).toBe("unknown scope publish: the scopes are create, update, delete, media");
    },
    // Wrangler starts for every command: generous, so that a loaded machine does not fail it.
    300_000,
  );
});
