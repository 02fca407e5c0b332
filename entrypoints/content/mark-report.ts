/**
 * Keeps the page's marks in step with the session: the page is made ready for marks once it is known to
 * be an article, the claims of each new report are placed and marked, and when the page moves to another
 * article (or stops being one) the marks go.
 */
import { claimsWithEvidence, strongestStance } from '../../components/report-helpers';
import type { Report } from '../../lib/core/types';
import type { ClaimMarks, ClaimToMark } from '../../lib/extension/page/claim-marks';
import type { PageSession } from '../../lib/extension/page-session';

/** The claims the sidebar lists, each with the mark of its strongest evidence. */
export function claimsToMark(report: Report): ClaimToMark[] {
  return claimsWithEvidence(report).flatMap((claim) => {
    const stance = strongestStance(claim.matches);
    return stance ? [{ id: claim.id, text: claim.text, stance }] : [];
  });
}

/** Starts following the session; returns the function that stops. */
export function markReports(session: PageSession, marks: ClaimMarks): () => void {
  let marked: Report | null = null;
  const follow = () => {
    const { state, report } = session.status;
    if (state === 'loading' || state === 'idle' || state === 'ready') marks.prepare();
    if (state === 'ready' && report && report !== marked) {
      marked = report;
      void marks.mark(claimsToMark(report));
    } else if (state !== 'ready' && marked) {
      marked = null;
      marks.clear();
    }
  };
  follow();
  return session.subscribe(follow);
}
