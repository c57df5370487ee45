import { describe, expect, it } from "vitest";
import { websubHubs } from "../../src/notify/websub-hubs";

describe("websubHubs (WEBSUB_HUBS)", () => {
  it("is none when unset or empty: no feed points at a hub nobody chose", () => {
    expect(websubHubs(undefined)).toEqual([]);
    expect(websubHubs("")).toEqual([]);
    expect(websubHubs(" , ")).toEqual([]);
  });

  it("takes comma-separated URLs, each written as the URL parser writes it, once", () => {
    expect(websubHubs(" https://pubsubhubbub.appspot.com ,http://127.0.0.1:8919, https://PubSubHubbub.appspot.com/")).toEqual([
      "https://pubsubhubbub.appspot.com/",
      "http://127.0.0.1:8919/",
    ]);
  });

  it("refuses what is not an http(s) URL, naming every one at once", () => {
    expect(() => websubHubs("https://ok.example/, pubsubhubbub.appspot.com, ftp://hub.example/, https://user:pw@hub.example/")).toThrow(
      'WEBSUB_HUBS: "pubsubhubbub.appspot.com", "ftp://hub.example/", "https://user:pw@hub.example/" are not http(s) URLs; set it to hub URLs separated by commas, e.g. https://pubsubhubbub.appspot.com/',
    );
  });
});
