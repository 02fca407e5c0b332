import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isHostExcluded, normalizeHost, parseHostList } from '../../lib/extension/site-rules';
import {
  corporaRevisionItem,
  DEFAULT_SETTINGS,
  getSettings,
  markCorporaChanged,
  settingsItem,
  updateSettings,
  watchEvidence,
} from '../../lib/extension/storage';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('reads the defaults when nothing is stored: automatic checks, collapsed panel, no exclusions', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.checkMode).toBe('auto');
    expect(DEFAULT_SETTINGS.openOnConflict).toBe(false);
  });

  it('merges a change into the stored settings and keeps it', async () => {
    await updateSettings({ checkMode: 'click' });
    await updateSettings({ excludedHosts: ['example.com'] });
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      checkMode: 'click',
      excludedHosts: ['example.com'],
    });
    expect(await settingsItem.getValue()).toMatchObject({ checkMode: 'click' });
  });

  it('loses no change when updates overlap', async () => {
    await Promise.all([
      updateSettings({ checkMode: 'click' }),
      updateSettings({ excludedHosts: ['e'] }),
      updateSettings({ excludedHosts: ['example.com'] }),
      updateSettings({ openOnConflict: true }),
    ]);
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      checkMode: 'click',
      excludedHosts: ['example.com'],
      openOnConflict: true,
    });
  });

  it('fills in fields missing from what is stored', async () => {
    await fakeBrowser.storage.local.set({ settings: { checkMode: 'click' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, checkMode: 'click' });
  });
});

describe('site rules', () => {
  it('takes a host out of whatever the reader pasted', () => {
    expect(normalizeHost('https://www.Example.com/news/story?id=1')).toBe('example.com');
    expect(normalizeHost('  news.example.co.uk:8080  ')).toBe('news.example.co.uk');
    expect(normalizeHost('*.example.org')).toBe('example.org');
    expect(normalizeHost('')).toBeNull();
    expect(normalizeHost('# a comment')).toBeNull();
    expect(normalizeHost('not a host')).toBeNull();
  });

  it('parses the textarea into distinct hosts in order', () => {
    expect(parseHostList('b.com\n\nhttps://a.com/x\r\nb.com\nwww.b.com')).toEqual(['b.com', 'a.com']);
  });

  it('excludes a host and its subdomains, not hosts that merely end alike', () => {
    const excluded = ['example.com'];
    expect(isHostExcluded('example.com', excluded)).toBe(true);
    expect(isHostExcluded('news.Example.com', excluded)).toBe(true);
    expect(isHostExcluded('notexample.com', excluded)).toBe(false);
    expect(isHostExcluded('example.com.evil.net', excluded)).toBe(false);
  });
});

describe('watchEvidence', () => {
  it('calls back when the corpora change or one is switched on or off, not for other settings', async () => {
    const onChange = vi.fn();
    const stop = watchEvidence(onChange);
    await updateSettings({ checkMode: 'click' });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(0));
    await updateSettings({ disabledCorpora: ['bundled-seeds'] });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    await markCorporaChanged();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    stop();
    await markCorporaChanged();
    await updateSettings({ disabledCorpora: [] });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('moves the corpora revision forward on every change, even within one millisecond', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_000);
    await markCorporaChanged();
    await markCorporaChanged();
    expect(await corporaRevisionItem.getValue()).toBe(1_001);
    vi.restoreAllMocks();
  });
});
