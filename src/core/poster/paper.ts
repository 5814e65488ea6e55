/**
 * The paper a poster is printed on: ISO A3 and A4, landscape. A4 is A3 halved, so the poster is drawn once
 * on A3 and printed smaller on A4 (the same drawing, scaled by 1/√2).
 */

export type PaperSize = "A3" | "A4";
export const PAPER_SIZES: readonly PaperSize[] = ["A3", "A4"];

/** Points (1/72 inch) per millimetre: PDF pages are measured in points. */
export const POINTS_PER_MM = 72 / 25.4;

/** Landscape dimensions in millimetres. */
export const PAPER_MM: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  A3: { width: 420, height: 297 },
  A4: { width: 297, height: 210 },
};

/**
 * A landscape page's size in points, as a PDF states it.
 * @example paperPoints("A4") // { width: 841.89, height: 595.28 } (to 2 places)
 */
export function paperPoints(paper: PaperSize): { width: number; height: number } {
  const { width, height } = PAPER_MM[paper];
  return { width: width * POINTS_PER_MM, height: height * POINTS_PER_MM };
}

/** Whether text from an address or a form names a paper size. */
export function isPaperSize(text: string): text is PaperSize {
  return (PAPER_SIZES as readonly string[]).includes(text);
}
