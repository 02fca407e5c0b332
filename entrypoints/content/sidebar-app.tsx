import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ClaimFilter } from '../../components/report-helpers';
import { type FocusRequest, Sidebar } from '../../components/sidebar';
import type { ClaimMarks } from '../../lib/extension/page/claim-marks';
import type { Theme } from '../../lib/extension/page/page-theme';
import type { PagePush } from '../../lib/extension/page/push-page';
import { scheduleIdle } from '../../lib/extension/page/run-sliced';
import type { PageSession } from '../../lib/extension/page-session';
import { fitPanelWidth } from '../../lib/extension/sidebar-width';
import type { SidebarEvents } from './sidebar-events';

export interface SidebarAppProps {
  session: PageSession;
  marks: ClaimMarks;
  events: SidebarEvents;
  push: PagePush;
  /** The width the reader last chose. */
  initialWidth: number;
  saveWidth: (width: number) => void;
  initialTheme: Theme;
}

/** Whether a filter lists the claim: a claim the reader came to from the page must be in view. */
function filterShows(session: PageSession, filter: ClaimFilter, claimId: string): boolean {
  if (filter === 'all') return true;
  const claim = session.status.report?.claims.find((c) => c.id === claimId);
  return claim?.matches.some((match) => match.stance === filter) ?? false;
}

/**
 * The sidebar bound to the page: the session's status, the marks in the page, the reader's filter and
 * panel width, and what comes from outside (a click on a mark, the shortcut, the page's theme).
 */
export function SidebarApp(props: SidebarAppProps) {
  const { session, marks, events, push } = props;
  const [status, setStatus] = useState(session.status);
  const [marksState, setMarksState] = useState(marks.state);
  const [filter, setFilter] = useState<ClaimFilter>('all');
  const [activeClaimId, setActiveClaimId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [theme, setTheme] = useState(props.initialTheme);
  const [wanted, setWanted] = useState(props.initialWidth);
  // The width the page is pushed by: changed when a drag ends, not on every pointer move (a reflow of a
  // long page per move would make the drag stutter).
  const [committed, setCommitted] = useState(props.initialWidth);
  const [viewportWidth, setViewportWidth] = useState(window.innerWidth);
  const seq = useRef(0);
  // Where the keyboard focus was in the page before the shortcut opened the panel, to give it back.
  const focusBefore = useRef<HTMLElement | null>(null);

  useEffect(() => {
    setStatus(session.status);
    return session.subscribe(setStatus);
  }, [session]);
  // A claim the reader asked for while placing was still going on: shown as soon as it is placed.
  const revealWhenPlaced = useRef<string | null>(null);
  useEffect(() => {
    setMarksState(marks.state);
    return marks.subscribe((next) => {
      setMarksState(next);
      if (next.placement !== 'done' || !revealWhenPlaced.current) return;
      marks.reveal(revealWhenPlaced.current);
      revealWhenPlaced.current = null;
    });
  }, [marks]);
  useEffect(() => {
    // Zooming changes the viewport's CSS width too: the panel is fitted again.
    const onResize = () => setViewportWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useLayoutEffect(() => {
    // Before paint, so the panel never shows over the text for a frame.
    push.set(status.open, fitPanelWidth(committed, viewportWidth));
  }, [push, status.open, committed, viewportWidth]);

  useEffect(
    () =>
      events.subscribe((event) => {
        if (event.type === 'theme') return setTheme(event.theme);
        if (event.type === 'claim-clicked') {
          setFilter((current) => (filterShows(session, current, event.claimId) ? current : 'all'));
          setActiveClaimId(event.claimId);
          session.setOpen(true);
          setFocusRequest({ to: 'claim', claimId: event.claimId, seq: ++seq.current });
          return;
        }
        if (session.status.open) {
          session.setOpen(false);
          if (focusBefore.current?.isConnected) focusBefore.current.focus();
          focusBefore.current = null;
          return;
        }
        const focused = document.activeElement;
        focusBefore.current = focused instanceof HTMLElement && focused !== document.body ? focused : null;
        session.setOpen(true);
        setFocusRequest({ to: 'panel', seq: ++seq.current });
      }),
    [events, session],
  );

  return (
    <Sidebar
      status={status}
      onToggle={() => session.setOpen(!session.status.open)}
      onRetry={() => void session.check()}
      onShowClaim={(claim) => {
        setActiveClaimId(claim.id);
        const shown = marks.reveal(claim.id);
        revealWhenPlaced.current = !shown && marks.state.placement === 'pending' ? claim.id : null;
      }}
      placedClaimIds={marksState.placed}
      placementDone={marksState.placement === 'done'}
      filter={filter}
      onFilterChange={setFilter}
      activeClaimId={activeClaimId}
      focusRequest={focusRequest}
      width={fitPanelWidth(wanted, viewportWidth)}
      maxWidth={fitPanelWidth(Number.POSITIVE_INFINITY, viewportWidth)}
      onResize={(width, done) => {
        setWanted(width);
        if (!done) return;
        setCommitted(width);
        props.saveWidth(width);
      }}
      theme={theme}
      scheduleSlice={scheduleIdle}
    />
  );
}
