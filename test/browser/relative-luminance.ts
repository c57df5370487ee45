/**
 * The relative luminance (WCAG 2.2, "relative luminance") of a computed CSS
 * colour such as `rgb(20, 20, 20)`: 0 for black, 1 for white. Undefined for a
 * colour that is not opaque rgb(), which says nothing about what is seen.
 */
export function relativeLuminance(color: string): number | undefined {
  const match = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(color);
  if (!match || (match[4] !== undefined && Number(match[4]) < 1)) return undefined;
  const [r, g, b] = match.slice(1, 4).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
