/** The reader's "sites never to check" list: parsed from the options textarea, matched against a host. */

/**
 * One host from one line of the textarea. Readers paste whatever their address bar shows, so a scheme,
 * a path, a port and a leading `www.` are dropped. Returns null for a line that names no host.
 */
export function normalizeHost(line: string): string | null {
  let host = line.trim().toLowerCase();
  if (host === '' || host.startsWith('#')) return null;
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.split(/[/?#]/, 1)[0] ?? '';
  host = host
    .replace(/:\d+$/, '')
    .replace(/^\*\./, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return /^[a-z0-9.-]+$/.test(host) && !host.startsWith('.') ? host : null;
}

/** The textarea's lines as a list of distinct hosts, in the reader's order. */
export function parseHostList(text: string): string[] {
  const hosts = text.split(/\r?\n/).map(normalizeHost);
  return [...new Set(hosts.filter((host): host is string => host !== null))];
}

/** Whether `hostname` is an excluded host or one of its subdomains (`example.com` covers `news.example.com`). */
export function isHostExcluded(hostname: string, excluded: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return excluded.some((entry) => host === entry || host.endsWith(`.${entry}`));
}
