import type { CareerDataResult } from "../../core/career-data";
import { withBasePath } from "../../lib/paths";
import "./data-error.scss";
import { formatNumber } from "../../core/text/format-number";

type Problems = Extract<CareerDataResult, { ok: false }>["problems"];

/** A broken file can have thousands of problems; the first few hundred are enough to start fixing it. */
const MAX_SHOWN = 200;

/** Shown instead of the app when the careers data fails validation: what is wrong and where, as plain text. */
export function DataErrorPage({ problems }: { problems: Problems }) {
  return (
    <main id="main-content" className="page">
      <title>Careers data could not be loaded – Careers map</title>
      <h1>The careers data could not be loaded</h1>
      <p>
        The data file has {problems.length} problem{problems.length === 1 ? "" : "s"}, so the map is not
        shown. Whoever looks after the data can fix {problems.length === 1 ? "it" : "them"} with this list.
      </p>
      <p>
        <a href={withBasePath("/")}>Open the careers map with its own data instead</a>
      </p>
      <ol className="problem-list">
        {problems.slice(0, MAX_SHOWN).map(({ file, problem }, index) => (
          <li key={index}>
            <p className="problem-list__where">
              <code>{problem.code}</code> in the {file} at <code>{problem.path}</code>
              {problem.id === undefined ? null : (
                <>
                  {" "}
                  (<code>{problem.id}</code>)
                </>
              )}
            </p>
            <p>{problem.message}</p>
          </li>
        ))}
      </ol>
      {problems.length > MAX_SHOWN ? (
        <p>
          …and {formatNumber(problems.length - MAX_SHOWN)} more. Run <code>npm run validate:data</code> on the
          file to see them all.
        </p>
      ) : null}
    </main>
  );
}
