import { useEffect, useState } from "react";

/**
 * A QR code of the plan's address for the printed plan, so a printed page leads back to the live plan. The QR
 * library loads only with a plan to print (its own small chunk), and the code is drawn as an SVG path from the
 * library's bit matrix: data, never markup.
 */
export function PlanQrCode({ url }: { url: string }) {
  const [code, setCode] = useState<{ url: string; path: string; size: number } | null>(null);
  useEffect(() => {
    let current = true;
    void Promise.all([import("lean-qr"), import("lean-qr/extras/svg")]).then(
      ([{ generate }, { toSvgPath }]) => {
        const bitmap = generate(url);
        if (current) setCode({ url, path: toSvgPath(bitmap), size: bitmap.size });
      },
    );
    return () => {
      current = false;
    };
  }, [url]);
  if (code === null || code.url !== url) return null;
  // A quiet zone of four modules round the code, as scanners expect.
  return (
    <svg
      className="plan-qr__code"
      viewBox={`-4 -4 ${code.size + 8} ${code.size + 8}`}
      role="img"
      aria-label="QR code of the link to this plan"
    >
      <rect x="-4" y="-4" width={code.size + 8} height={code.size + 8} fill="#ffffff" />
      <path d={code.path} fill="#000000" />
    </svg>
  );
}
