import capture from "../fixtures/seed/capture.txt?raw";

/**
 * The seed dispatch as captured (shared/seeds/000_95236334b54a49e0.txt, copied
 * byte for byte), cut as its README describes: `>>` lines are related headlines,
 * the first paragraph (ending " |") is the lead and photo caption, then the photo
 * credit line, the body paragraphs, and the credit line last.
 */
const lines = capture.split("\n");
export const seed = {
  slug: "syrie-larmee-encercle-la-derniere-ville-aux-mains-de-lei",
  title: "Syrie : l'armée encercle la dernière ville aux mains de l'EI",
  related: lines.filter((l) => l.startsWith(">>")).map((l) => l.slice(2)),
  lead: lines[3]!.replace(/ \|$/, ""),
  photoCredit: lines[4]!.replace(/^Photo : (.*) \|$/, "$1"),
  body: lines.slice(5, -1),
  credit: lines.at(-1)!,
};
