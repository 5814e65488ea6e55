import { useEffect, useMemo, useState, type ReactNode } from "react";
import type { CareerData, MapData } from "../core/career-data";
import {
  CareerDataContext,
  MapDataContext,
  PrefetchCareerDataContext,
  type DataProblems,
  type MapIndexFirst,
  type WholeCareerData,
} from "./career-data-context";

/**
 * Gives the pages their data: the whole dataset, or the map index with the whole dataset on its way (see
 * MapIndexFirst).
 */
export function CareerDataProvider({
  data,
  problemsPage = () => null,
  children,
}: {
  data: CareerData | MapIndexFirst;
  /** What replaces the pages when the whole dataset, arriving after the index, is not valid. */
  problemsPage?: (problems: DataProblems) => ReactNode;
  children: ReactNode;
}) {
  return "loadWhole" in data ? (
    <MapIndexFirstProvider first={data} problemsPage={problemsPage}>
      {children}
    </MapIndexFirstProvider>
  ) : (
    <WholeDataProvider data={data}>{children}</WholeDataProvider>
  );
}

/** The whole dataset from the start: nothing to fetch later. */
function WholeDataProvider({ data, children }: { data: CareerData; children: ReactNode }) {
  const whole: WholeCareerData = useMemo(() => ({ ready: true, data }), [data]);
  return (
    <Providers whole={whole} map={data} prefetch={nothing}>
      {children}
    </Providers>
  );
}

const nothing = () => undefined;

/**
 * The map index now, the whole dataset fetched once, as soon as the map has been taken over (or sooner, when a
 * page needs it first).
 */
function MapIndexFirstProvider({
  first,
  problemsPage,
  children,
}: {
  first: MapIndexFirst;
  problemsPage: (problems: DataProblems) => ReactNode;
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<{ data: CareerData; replacesMap: boolean } | null>(null);
  const [problems, setProblems] = useState<DataProblems | null>(null);
  // One download, whoever asks first. A failed download stays failed: a page waiting on it says so, with a
  // reload; starting another behind its back would leave a page that already shows the failure waiting for ever.
  const load = useMemo(() => {
    let pending: Promise<CareerData> | null = null;
    return () =>
      (pending ??= first.loadWhole().then((whole) => {
        if (!whole.ok) {
          setProblems(whole.problems);
          throw new Error("The careers data is not valid: the page lists its problems.");
        }
        setLoaded(whole);
        return whole.data;
      }));
  }, [first]);
  const prefetch = useMemo(() => () => void load().catch(nothing), [load]);

  // Once the map has been drawn and taken over, the rest of the data follows at once: on a slow network it
  // takes a second or more, and a person may choose a role within two (waiting for the browser to be idle, on a
  // slow phone, was too late for that).
  useEffect(prefetch, [prefetch]);

  const whole: WholeCareerData = useMemo(
    () => (loaded === null ? { ready: false, data: null, load } : { ready: true, data: loaded.data }),
    [loaded, load],
  );
  // The map keeps drawing from the index (no second layout) unless the whole dataset differs from it.
  const map = loaded?.replacesMap ? loaded.data : first.map;
  if (problems !== null) return problemsPage(problems);
  return (
    <Providers whole={whole} map={map} prefetch={prefetch}>
      {children}
    </Providers>
  );
}

function Providers({
  whole,
  map,
  prefetch,
  children,
}: {
  whole: WholeCareerData;
  map: MapData;
  prefetch: () => void;
  children: ReactNode;
}) {
  return (
    <CareerDataContext.Provider value={whole}>
      <PrefetchCareerDataContext.Provider value={prefetch}>
        <MapDataContext.Provider value={map}>{children}</MapDataContext.Provider>
      </PrefetchCareerDataContext.Provider>
    </CareerDataContext.Provider>
  );
}
