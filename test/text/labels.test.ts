import { describe, expect, it } from "vitest";
import { hasLabels, labels } from "../../src/text/labels";

describe("labels", () => {
  it("are chosen by the primary language subtag", () => {
    expect(labels("fr-CA").related).toBe("À lire aussi");
    expect(labels("EN-gb").related).toBe("Related");
    expect([hasLabels("fr-BE"), hasLabels("en"), hasLabels("de")]).toEqual([true, true, false]);
  });

  it("fall back to English for a language without labels of its own", () => {
    expect(labels("de")).toBe(labels("en"));
  });
});
