import { useEffect, useRef, useState } from 'preact/hooks';
import { parseHostList } from '../lib/extension/site-rules';
import type { Settings } from '../lib/extension/storage';

export interface SettingsFormProps {
  settings: Settings;
  /** Called with each change as it is made; the caller saves it. */
  onChange: (change: Partial<Settings>) => void;
}

/** When pages are checked, whether the panel opens by itself, and the sites never checked. */
export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  // The textarea keeps the reader's own text while typing; what is saved is the parsed host list.
  const [sitesText, setSitesText] = useState(() => settings.excludedHosts.join('\n'));
  const sitesInput = useRef<HTMLTextAreaElement>(null);
  // The list changed elsewhere (another options page): show it, unless it is what the text already says or
  // the reader is typing here (the saves of earlier keystrokes come back while later ones are typed).
  useEffect(() => {
    if (sitesInput.current && sitesInput.current === sitesInput.current.ownerDocument.activeElement) return;
    const shown = parseHostList(sitesText);
    const stored = settings.excludedHosts;
    if (shown.length !== stored.length || shown.some((host, i) => host !== stored[i])) {
      setSitesText(stored.join('\n'));
    }
  }, [settings.excludedHosts]);
  return (
    <form class="cc-settings" onSubmit={(event) => event.preventDefault()}>
      <label class="cc-check">
        <input
          type="checkbox"
          data-testid="setting-auto"
          checked={settings.checkMode === 'auto'}
          onChange={(event) => onChange({ checkMode: event.currentTarget.checked ? 'auto' : 'click' })}
        />
        <span>
          Check every article automatically
          <small class="cc-muted">
            When off, a page is checked only when you click Crosscheck’s handle or popup.
          </small>
        </span>
      </label>
      <label class="cc-check">
        <input
          type="checkbox"
          data-testid="setting-open-on-conflict"
          checked={settings.openOnConflict}
          onChange={(event) => onChange({ openOnConflict: event.currentTarget.checked })}
        />
        <span>
          Open the sidebar by itself when a page has conflicts
          <small class="cc-muted">Otherwise it stays a small handle at the edge of the window.</small>
        </span>
      </label>
      <label class="cc-field" for="cc-excluded">
        Sites never to check
        <small class="cc-muted">One per line, e.g. example.com (its subdomains are included).</small>
      </label>
      <textarea
        id="cc-excluded"
        ref={sitesInput}
        data-testid="setting-excluded"
        rows={5}
        spellcheck={false}
        value={sitesText}
        onInput={(event) => {
          const text = event.currentTarget.value;
          setSitesText(text);
          onChange({ excludedHosts: parseHostList(text) });
        }}
      />
    </form>
  );
}
