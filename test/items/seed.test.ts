import { describe, expect, it } from "vitest";
import { loadItems } from "../../src/items/load-items";
import { site } from "../fixtures/site";
import { paragraphs } from "../support/html-text";
import { siteItemFiles } from "../support/fixture-files";
import { seed } from "../support/seed";

describe("the seed dispatch, as the fixture site holds it", () => {
  const item = loadItems(siteItemFiles, site).find((i) => i.slug === seed.slug)!;

  it("is cut from the capture as its README says", () => {
    expect(seed.related).toHaveLength(3);
    expect(seed.body).toHaveLength(8);
    expect(seed.photoCredit).toBe("AFP/VNA/CVN");
    expect(seed.credit).toBe("AFP/VNA/CVN");
  });

  it("keeps every word of the capture", () => {
    expect(item.title).toBe(seed.title);
    expect(item.summary).toBe(seed.lead);
    expect(paragraphs(item.html)).toEqual(seed.body);
    expect(item.credit).toBe(seed.credit);
    expect(item.related).toEqual(seed.related.map((title) => ({ title })));
    expect(item.image).toEqual({ unavailable: true, caption: seed.lead, credit: seed.photoCredit });
  });

  it("says what is known of its origin and date", () => {
    expect(item).toMatchObject({
      id: `tag:${site.tagAuthority}:${seed.slug}`,
      language: "fr",
      date: "2017-11-08T12:00:00.000Z",
      dayOnly: true,
      dateApproximate: true,
      source: {
        name: "Le Courrier du Vietnam",
        url: "https://lecourrier.vn/syrie-larmee-encercle-la-derniere-ville-aux-mains-de-lei/439127.html",
      },
    });
    expect(item.dateNote).toMatch(/^La dépêche capturée ne porte pas de date/);
  });
});
