import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * The number of pages, each page's size in points, and all the text of a PDF, to check what a printed page
 * really carries.
 */
export async function pdfText(
  pdf: Buffer,
): Promise<{ pages: number; pageSizes: { width: number; height: number }[]; text: string }> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const parts: string[] = [];
  const pageSizes: { width: number; height: number }[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    pageSizes.push({ width, height });
    const content = await page.getTextContent();
    parts.push(
      content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""),
    );
  }
  const pages = document.numPages;
  await document.destroy();
  // Lines break inside long links ("clearing-" / "house.org.uk"); join such breaks so text can be searched.
  const text = parts.join("\n").replace(/-\n/g, "-").replace(/\n/g, " ");
  return { pages, pageSizes, text };
}
