import type { PageStatus } from '../lib/extension/shapes';
import { plural } from './report-helpers';
import { StanceIcon } from './stance-badge';

export interface SidebarHandleProps {
  status: PageStatus;
  /** The reader clicked the handle: open the panel (checking the page first when it is `idle`). */
  onToggle: () => void;
}

/** What the handle says to a screen reader (and in its tooltip) for each state it is shown in. */
function describe({ state, report, error }: PageStatus): string {
  if (state === 'idle') return 'Check this page with Crosscheck';
  if (state === 'loading') return 'Crosscheck is checking this page';
  if (state === 'error')
    return `Crosscheck could not check this page${error ? `: ${error}` : ''}. Open for details.`;
  if (!report) return 'Open Crosscheck';
  const { conflict, agree, related } = report.summary;
  return `Crosscheck: ${plural(conflict, 'claim')} with conflicts, ${agree} agreeing, ${related} related. Open the panel.`;
}

function HandleBody({ status }: { status: PageStatus }) {
  if (status.state === 'idle') return <span class="cc-handle-word">Check</span>;
  if (status.state === 'loading') return <span class="cc-handle-busy" />;
  if (status.state === 'error') return <span class="cc-handle-error">!</span>;
  const summary = status.report?.summary;
  if (!summary) return null;
  return (
    <>
      <span class="cc-handle-conflict cc-stance-conflict">
        <StanceIcon stance="conflict" size={16} />
        <strong>{summary.conflict}</strong>
      </span>
      <span class="cc-handle-agree cc-stance-agree">
        <StanceIcon stance="agree" size={12} />
        {summary.agree}
      </span>
    </>
  );
}

/**
 * The collapsed sidebar: a small tab fixed at the right edge of the window, with the conflict count large
 * and the agreement count small. Fixed and out of the page's flow, so it never moves the text.
 */
export function SidebarHandle({ status, onToggle }: SidebarHandleProps) {
  const label = describe(status);
  return (
    <button
      type="button"
      class="cc-handle"
      data-testid="toggle"
      aria-expanded="false"
      aria-controls="cc-panel"
      aria-label={label}
      title={label}
      onClick={onToggle}
    >
      <HandleBody status={status} />
    </button>
  );
}
