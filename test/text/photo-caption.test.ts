import { describe, expect, it } from "vitest";
import { labels } from "../../src/text/labels";
import { photoCaption } from "../../src/text/photo-caption";

describe("photoCaption", () => {
  const fr = labels("fr");
  const en = labels("en");

  it("writes the caption, then the credit after the label", () => {
    expect(photoCaption({ caption: "Légende", credit: "AFP" }, fr)).toBe("Légende — Photo\u00a0: AFP");
    expect(photoCaption({ credit: "AFP" }, en)).toBe("Photo: AFP");
    expect(photoCaption({ caption: "Legend" }, en)).toBe("Legend");
  });

  it("does not repeat a label the credit already starts with", () => {
    expect(photoCaption({ credit: "Photo: J. Doe" }, fr)).toBe("Photo: J. Doe");
    expect(photoCaption({ caption: "Légende", credit: "photo : J. Doe" }, fr)).toBe("Légende — photo : J. Doe");
    expect(photoCaption({ credit: "Photographe : J. Doe" }, fr)).toBe("Photo\u00a0: Photographe : J. Doe");
  });
});
