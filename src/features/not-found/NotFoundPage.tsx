import { AppLink } from "../../components/AppLink";
import { paths } from "../../lib/paths";
import { PageTitle } from "../../components/PageTitle";
import { MarkStarted } from "../../components/MarkStarted";

/** Shown for any address the app does not know. */
export function NotFoundPage() {
  return (
    <>
      <PageTitle>Page not found</PageTitle>
      <h1>Page not found</h1>
      <p>There is no page at this address. If you typed it, check it is spelled correctly.</p>
      <p>
        <AppLink to={paths.map()}>Go to the careers map home page</AppLink>
      </p>
      <MarkStarted />
    </>
  );
}
