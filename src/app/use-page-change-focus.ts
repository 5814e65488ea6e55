import { useEffect, useRef, type RefObject } from "react";
import { useLocation, useNavigationType } from "react-router";
import { pageOf } from "../lib/paths";

/**
 * When a link or button opens another page, start it as a new page would: at the top, with focus at the start
 * of its content, so keyboard and screen-reader users are not left on a control that has gone. Focus a page
 * has already put inside its content (a role's heading) stays there. Back and forward are left to the browser,
 * and changes within a page (a filter, a role on the map) do not move focus.
 */
export function usePageChangeFocus(content: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const page = pageOf(pathname);
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    if (navigationType === "POP" || content.current === null) return;
    window.scrollTo(0, 0);
    if (!content.current.contains(document.activeElement)) content.current.focus({ preventScroll: true });
  }, [page, navigationType, content]);
}
