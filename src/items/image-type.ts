const BY_EXTENSION: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  svg: "image/svg+xml",
};

/** The media type of an image: the one the file gives, else the one its URL's extension names. */
export function imageType(image: { url?: string; type?: string }): string | undefined {
  if (image.type) return image.type;
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(image.url ?? "", "https://x.invalid").pathname)?.[1];
  return extension ? BY_EXTENSION[extension.toLowerCase()] : undefined;
}
