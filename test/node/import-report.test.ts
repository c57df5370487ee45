import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { importNinjs, printImport } from "../../src/cli/import-ninjs";

afterEach(() => void vi.restoreAllMocks());

/** What printImport writes, stream by stream. */
function printed(...args: Parameters<typeof printImport>) {
  const out = vi.spyOn(console, "log").mockImplementation(() => undefined);
  const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
  const ok = printImport(...args);
  return { ok, out: out.mock.calls.map(([line]) => String(line)), err: err.mock.calls.map(([line]) => String(line)) };
}

describe("npm run import: what it prints", () => {
  it("says what became of each document, its address, and when a held one goes out", () => {
    const { ok, out, err } = printed(
      {
        results: [
          { uri: "urn:x:1", result: "created", state: "live", url: "http://localhost:8787/articles/un" },
          { uri: "urn:x:2", result: "created", state: "scheduled", visibleFrom: "2026-12-01T08:00:00.000Z", url: "http://localhost:8787/articles/deux" },
          { uri: "urn:x:3", result: "ignored", problems: ["version 2026-11-01T00:00:00.000Z is not newer than the one stored (2026-11-02T00:00:00.000Z): ignored"] },
        ],
        unreadable: [],
      },
      "http://localhost:8787",
    );
    expect(ok).toBe(true);
    expect(out).toEqual([
      "imported 3 ninjs documents to http://localhost:8787: 2 created, 1 ignored",
      "  created   urn:x:1 → http://localhost:8787/articles/un",
      "  created   urn:x:2 → http://localhost:8787/articles/deux (held until 2026-12-01T08:00:00.000Z)",
      "  ignored   urn:x:3",
      "    urn:x:3 → version 2026-11-01T00:00:00.000Z is not newer than the one stored (2026-11-02T00:00:00.000Z): ignored",
    ]);
    expect(err).toEqual([]);
  });

  it("prints the control characters of an agency's uri and problems as escapes: none clears a terminal or forges a line", () => {
    const { ok, out, err } = printed(
      { results: [{ uri: "urn:x:\u001b[2J\nrefused   urn:forged", result: "refused", problems: ["headlines[0].value: must be string, not number"] }], unreadable: [] },
      "http://localhost:8787",
    );
    expect(ok).toBe(false);
    expect(out).toEqual(["imported 1 ninjs document to http://localhost:8787: 1 refused", "  refused   urn:x:\\x1b[2J\\x0arefused   urn:forged"]);
    expect(err).toEqual(["    urn:x:\\x1b[2J\\x0arefused   urn:forged → headlines[0].value: must be string, not number"]);
  });

  it("names each file it cannot send, and sends nothing when no file holds JSON", async () => {
    const dir = await mkdtemp(join(tmpdir(), "import-"));
    await writeFile(join(dir, "wire.json"), "{ not json");
    const fetch = vi.spyOn(globalThis, "fetch");
    const report = await importNinjs([join(dir, "wire.json"), join(dir, "absent.json")], "http://127.0.0.1:9", "token");
    expect(fetch).not.toHaveBeenCalled();
    expect(report.results).toEqual([]);
    expect(report.unreadable).toEqual([expect.stringMatching(/^.*wire\.json → not JSON: /), `${join(dir, "absent.json")} → cannot be read (ENOENT)`]);
    const { ok, err } = printed(report, "http://127.0.0.1:9");
    expect(ok).toBe(false);
    expect(err).toEqual(report.unreadable);
  });
});
