import type { PageStatus } from '../lib/extension/shapes';
import { plural, tooLargeSentence } from './report-helpers';
import { StanceIcon } from './stance-badge';

export interface SidebarHandleProps {
  status: PageStatus;
  /** The reader clicked the handle: open the panel (checking the page first when it is `idle`). */
  onToggle: () => void;
}

/** What the handle says, besides what it shows, for each state: read by screen readers, not shown. */
function describe({ state, error, notArticle }: PageStatus): { before: string; after: string } {
  if (state === 'idle') return { before: '', after: ' this page with Crosscheck' };
  if (state === 'not-article' && notArticle)
    return { before: `Crosscheck: ${tooLargeSentence(notArticle)}`, after: ' Open for details.' };
  if (state === 'loading') return { before: 'Crosscheck is checking this page', after: '' };
  if (state === 'error')
    return {
      before: 'Crosscheck could not check this page',
      after: `${error ? `: ${error}` : ''}. Open for details.`,
    };
  return { before: 'Crosscheck: ', after: '' };
}

/** The whole sentence, as the handle's tooltip. */
function tooltip(status: PageStatus): string {
  const { before, after } = describe(status);
  const summary = status.report?.summary;
  if (status.state === 'idle') return `Check${after}`;
  if (status.state === 'not-article') return `${before}${after}`;
  if (status.state !== 'ready' || !summary) return `${before}${after}`;
  return `${before}${plural(summary.conflict, 'claim')} with conflicts, ${summary.agree} agreeing, ${summary.related} related. Open the panel.`;
}

/**
 * Each state's content has its own keys: new elements in place of old ones, rather than one element
 * restyled and moved, which the page's layout-shift metric would count against it.
 */
function HandleBody({ status }: { status: PageStatus }) {
  if (status.state === 'idle')
    return (
      <span key="idle" class="cc-handle-word">
        Check
      </span>
    );
  if (status.state === 'loading') return <span key="busy" class="cc-handle-busy" />;
  if (status.state === 'not-article')
    return (
      <span key="too-large" class="cc-handle-word" aria-hidden="true">
        Too large
      </span>
    );
  if (status.state === 'error')
    return (
      <span key="error" class="cc-handle-error" aria-hidden="true">
        !
      </span>
    );
  const summary = status.report?.summary;
  if (!summary) return null;
  return (
    <>
      <span key="conflict" class="cc-handle-conflict cc-stance-conflict">
        <StanceIcon stance="conflict" size={16} />
        <strong>{summary.conflict}</strong>
        <span class="cc-visually-hidden">
          {summary.conflict === 1 ? ' claim' : ' claims'} with conflicts,
        </span>
      </span>
      <span key="agree" class="cc-handle-agree cc-stance-agree">
        <StanceIcon stance="agree" size={12} />
        {summary.agree}
        <span class="cc-visually-hidden"> agreeing, {summary.related} related. Open the panel.</span>
      </span>
    </>
  );
}

/**
 * The collapsed sidebar: a small tab fixed at the right edge of the window, with the conflict count large
 * and the agreement count small. Fixed and out of the page's flow, so it never moves the text.
 */
export function SidebarHandle({ status, onToggle }: SidebarHandleProps) {
  // The name is the handle's own text (visible and visually hidden), so it always holds what is shown.
  const { before, after } = describe(status);
  return (
    <button
      type="button"
      class="cc-handle"
      data-testid="toggle"
      aria-expanded="false"
      aria-controls="cc-panel"
      title={tooltip(status)}
      onClick={onToggle}
    >
      {before ? <span class="cc-visually-hidden">{before}</span> : null}
      <HandleBody status={status} />
      {after ? <span class="cc-visually-hidden">{after}</span> : null}
    </button>
  );
}
