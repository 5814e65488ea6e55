import { useMapData } from "../lib/career-data-context";

/**
 * The browser tab's title for a page: what the page is, then the map's name from the dataset (meta.name), so
 * another profession's map names itself. React puts the <title> in the document head.
 */
export function PageTitle({ children }: { children: string }) {
  const { dataset } = useMapData();
  return <title>{`${children} – ${dataset.meta.name}`}</title>;
}
