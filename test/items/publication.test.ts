import { describe, expect, it } from "vitest";
import { scheduler } from "../../src/items/publication";
import { makeItem } from "../support/make-item";

const item = (slug: string, date: string) => makeItem({ slug, id: `tag:feeds.example.org,2026:${slug}`, date });

describe("scheduled items", () => {
  const items = [item("later", "2030-01-02T08:00:00.000Z"), item("soon", "2030-01-01T08:00:00.000Z"), item("past", "2017-11-08T12:00:00.000Z")];
  const publish = scheduler(items);

  it("stay out until their date, then come in, newest first", () => {
    const before = publish(Date.parse("2029-12-31T00:00:00Z"));
    expect(before.items.map((i) => i.slug)).toEqual(["past"]);
    expect(before.bySlug.has("soon")).toBe(false);
    expect(before.nextDue).toBe(Date.parse("2030-01-01T08:00:00Z"));
    const at = publish(Date.parse("2030-01-01T08:00:00Z"));
    expect(at.items.map((i) => i.slug)).toEqual(["soon", "past"]);
    const after = publish(Date.parse("2031-01-01T00:00:00Z"));
    expect(after.items.map((i) => i.slug)).toEqual(["later", "soon", "past"]);
    expect(after.nextDue).toBe(Infinity);
  });

  it("keep the same publication between two due dates, so prepared bytes stay valid", () => {
    const fresh = scheduler(items);
    const first = fresh(Date.parse("2020-01-01T00:00:00Z"));
    expect(fresh(Date.parse("2029-06-01T00:00:00Z"))).toBe(first);
    expect(fresh(Date.parse("2030-01-01T08:00:00Z"))).not.toBe(first);
  });
});
