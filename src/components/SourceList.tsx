import type { Source } from "../core/dataset/schema";
import { formatIsoDate } from "../core/text/format-date";
import "./source-list.scss";

/** Sources, each a link with its publisher and the date it was read. */
export function SourceList({ sources }: { sources: ReadonlyArray<Source> }) {
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <a href={source.url} rel="noreferrer">
            {source.title}
          </a>
          {source.publisher === undefined ? null : <span>, {source.publisher}</span>}
          <span className="source-list__seen"> (read {formatIsoDate(source.seen)})</span>
        </li>
      ))}
    </ul>
  );
}

/** The dataset's sources with the given ids, in the order given. */
export function sourcesWithIds(all: ReadonlyArray<Source>, ids: ReadonlyArray<string>): Source[] {
  return ids.map((id) => all.find((s) => s.id === id)).filter((s) => s !== undefined);
}
