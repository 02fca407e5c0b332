import { useEffect, useState } from 'preact/hooks';
import { Sidebar } from '../../components/sidebar';
import { showInPage } from '../../lib/extension/page/show-in-page';
import type { PageSession } from '../../lib/extension/page-session';

export interface SidebarAppProps {
  session: PageSession;
}

/** The sidebar bound to the page session: re-renders on every change of the page's status. */
export function SidebarApp({ session }: SidebarAppProps) {
  const [status, setStatus] = useState(session.status);
  useEffect(() => {
    setStatus(session.status);
    return session.subscribe(setStatus);
  }, [session]);
  return (
    <Sidebar
      status={status}
      onToggle={() => session.setOpen(!session.status.open)}
      onRetry={() => void session.check()}
      onShowClaim={(claim) => showInPage(claim.text)}
    />
  );
}
