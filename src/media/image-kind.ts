/** The image formats the media store takes, told by their first bytes, never by a name. */
const KINDS: { type: string; extension: string; matches: (b: Uint8Array) => boolean }[] = [
  { type: "image/jpeg", extension: "jpg", matches: (b) => starts(b, 0, [0xff, 0xd8, 0xff]) },
  { type: "image/png", extension: "png", matches: (b) => starts(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: "image/gif", extension: "gif", matches: (b) => ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a") },
  { type: "image/webp", extension: "webp", matches: (b) => ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP") },
  // ISO base media file format: a `ftyp` box whose major brand is AVIF's (avif, or avis for a sequence).
  { type: "image/avif", extension: "avif", matches: (b) => ascii(b, 4, "ftyp") && (ascii(b, 8, "avif") || ascii(b, 8, "avis")) },
];

/** The kind of image `bytes` hold (JPEG, PNG, GIF, WebP, AVIF), or undefined. */
export function imageKind(bytes: Uint8Array): { type: string; extension: string } | undefined {
  const kind = KINDS.find((k) => k.matches(bytes));
  return kind && { type: kind.type, extension: kind.extension };
}

/** Extensions a name may have for a kind: `jpeg` is JPEG too. */
export function extensionFits(name: string, extension: string): boolean {
  const own = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  return own === extension || (extension === "jpg" && own === "jpeg");
}

function starts(bytes: Uint8Array, at: number, expected: readonly number[]): boolean {
  return expected.every((byte, i) => bytes[at + i] === byte);
}

function ascii(bytes: Uint8Array, at: number, text: string): boolean {
  return starts(bytes, at, [...text].map((c) => c.charCodeAt(0)));
}
