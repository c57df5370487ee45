/**
 * IPTC's own ninjs documents (test/fixtures/ninjs/iptc/, from iptc/newsinjson),
 * each sent to POST /ingest/ninjs as an agency would: every document IPTC says
 * is valid is taken (published, or kept unpublished when it is no dispatch: a
 * bare test document, a picture, an event); every one IPTC says is invalid is
 * refused, each problem one line naming its JSON path.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { freshStore } from "../../support/store";
import { ingest } from "./ingest";

const files = import.meta.glob<string>("../../fixtures/ninjs/iptc/**/*.json", { query: "?raw", import: "default", eager: true });
const named = (path: string) => path.replace(/^.*\/iptc\//, "");
const all = Object.keys(files).map(named).sort();
const text = (name: string) => files[`../../fixtures/ninjs/iptc/${name}`]!;

/**
 * 1.x documents are validated with 1.7, which IPTC keeps backward compatible:
 * these 1.0 and 1.1 test documents fail only for using what 1.2 added (the
 * `component` type, `infosource`), so a 1.x ingest takes them.
 */
const VALID_IN_1_7 = [
  "validation/test_suite/1.0/should_fail/014_type_component.json",
  "validation/test_suite/1.0/should_fail/016_infosource.json",
  "validation/test_suite/1.1/should_fail/001_type_component.json",
  "validation/test_suite/1.1/should_fail/002_infosource.json",
];
const invalid = all.filter(
  (name) =>
    (name.includes("/should_fail/") && !VALID_IN_1_7.includes(name)) ||
    name.startsWith("documentation/includes/examples/not-valid/") ||
    // A provider's extension: valid against its own schema, not IPTC's; and IPTC's pre-release collection sample.
    name === "examples/2.1/schema-extension/extension-example.json" ||
    name.startsWith("examples/3.0/collection/"),
);
const valid = all.filter((name) => !invalid.includes(name) && name !== "examples/2.1/schema-extension/extension-schema.json");

beforeAll(freshStore);

describe("IPTC's valid ninjs documents", () => {
  it(`are all there (${valid.length})`, () => {
    expect(valid.length).toBeGreaterThan(200);
  });

  it.each(valid)("%s is taken", async (name) => {
    const { status, results } = await ingest(text(name));
    expect(status, JSON.stringify(results)).toBe(200);
    for (const result of results) expect(["created", "updated", "kept", "ignored", "unchanged", "withdrawn"]).toContain(result.result);
  });

  it.each(["examples/3.0/dpa_text.json", "examples/3.0/ntb_text.json", "examples/2.1/dpa_text.json", "examples/1.4/ninjsExSimpleText1.json", "documentation/includes/examples/3.1/005_complex_text_article.json"])(
    "%s, a text dispatch, is published",
    async (name) => {
      const [result] = (await ingest(text(name))).results;
      expect(["created", "updated", "ignored", "unchanged"]).toContain(result!.result);
      expect(result!.state === "live" || result!.result === "ignored" || result!.result === "unchanged").toBe(true);
    },
  );
});

describe("IPTC's invalid ninjs documents", () => {
  it(`are all there (${invalid.length})`, () => {
    expect(invalid.length).toBeGreaterThan(50);
  });

  it.each(invalid)("%s is refused, naming each problem's path", async (name) => {
    const { status, results, error } = await ingest(text(name));
    let json = true;
    try {
      JSON.parse(text(name));
    } catch {
      json = false;
    }
    if (!json) {
      // Five of them are not JSON at all, on purpose.
      expect(status).toBe(400);
      expect(error).toMatch(/^the body is not JSON: /);
      return;
    }
    expect(status).toBe(422);
    const refused = results.filter((r) => r.result === "refused");
    expect(refused.length).toBeGreaterThan(0);
    for (const result of refused) {
      expect(result.problems!.length).toBeGreaterThan(0);
      // A JSON path (`headlines[0].value`, `["headline-with-dash"]`), then what is wrong.
      for (const line of result.problems!) expect(line).toMatch(/^(?:\(document\)|(?:[\p{L}_$][\p{L}\p{N}_$]*|\["(?:[^"\\]|\\.)*"\])(?:\[\d+\]|\.[\p{L}_$][\p{L}\p{N}_$]*|\["(?:[^"\\]|\\.)*"\])*): \S/u);
    }
  });
});
