import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/items/parse-date";

describe("parseDate", () => {
  it("publishes a day without a time at 12:00 UTC", () => {
    expect(parseDate("2017-11-08")).toEqual({ iso: "2017-11-08T12:00:00.000Z", dayOnly: true });
  });

  it("reads a time with Z or an offset as that instant", () => {
    expect(parseDate("2017-11-08T09:30:00+01:00")).toEqual({ iso: "2017-11-08T08:30:00.000Z", dayOnly: false });
    expect(parseDate("2017-11-08T09:30Z")).toEqual({ iso: "2017-11-08T09:30:00.000Z", dayOnly: false });
    expect(parseDate("2017-11-08 09:30:15.5-05:00")).toEqual({ iso: "2017-11-08T14:30:15.500Z", dayOnly: false });
  });

  it("refuses impossible days and times", () => {
    expect(parseDate("2017-02-29")).toBe('not a date: "2017-02-29"');
    expect(parseDate("2017-11-08T24:00:00Z")).toBe('not a date: "2017-11-08T24:00:00Z"');
    expect(parseDate("2017-11-08T10:00:00+25:00")).toBe('not a time zone: "+25:00" in "2017-11-08T10:00:00+25:00"');
  });

  it("refuses a time without a zone, saying how to write one", () => {
    expect(parseDate("2017-11-08T10:00")).toBe(
      'no time zone in "2017-11-08T10:00": add Z for UTC or an offset such as +01:00',
    );
  });

  it("refuses other ways of writing dates", () => {
    expect(parseDate("8 novembre 2017")).toBe(
      'not a date: "8 novembre 2017" (use 2017-11-08 or 2017-11-08T09:30:00+01:00)',
    );
    expect(parseDate("2017-11-8")).toBe('not a date: "2017-11-8" (use 2017-11-08 or 2017-11-08T09:30:00+01:00)');
  });
});
