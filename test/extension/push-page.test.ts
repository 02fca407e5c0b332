import { describe, expect, it } from 'vitest';
import { PANEL_WIDTH_PX } from '../../lib/extension/layout';
import { createPagePush } from '../../lib/extension/page/push-page';

/** The part of an element's inline style the push uses (linkedom has no priorities). */
function fakeRoot(initial: Record<string, [string, string]> = {}) {
  const props = new Map(Object.entries(initial));
  let hasStyle = props.size > 0;
  const style = {
    getPropertyValue: (name: string) => props.get(name)?.[0] ?? '',
    getPropertyPriority: (name: string) => props.get(name)?.[1] ?? '',
    setProperty: (name: string, value: string, priority = '') => {
      props.set(name, [value, priority]);
      hasStyle = true;
    },
    removeProperty: (name: string) => props.delete(name),
    get length() {
      return props.size;
    },
  };
  const root = {
    style,
    hasAttribute: () => hasStyle,
    removeAttribute: () => {
      hasStyle = false;
    },
  };
  return { root: root as unknown as HTMLElement, props, hasStyle: () => hasStyle };
}

describe('page push', () => {
  it('makes room for the panel while open and leaves no trace after', () => {
    const { root, props, hasStyle } = fakeRoot();
    const push = createPagePush(root);
    push.set(true);
    push.set(true);
    expect(props.get('margin-right')).toEqual([`${PANEL_WIDTH_PX}px`, 'important']);
    push.set(false);
    expect(props.has('margin-right')).toBe(false);
    expect(hasStyle()).toBe(false);
  });

  it("puts back the page's own margin", () => {
    const { root, props } = fakeRoot({ 'margin-right': ['2em', ''], color: ['red', ''] });
    const push = createPagePush(root);
    push.set(true);
    push.set(false);
    expect(props.get('margin-right')).toEqual(['2em', '']);
    expect(props.get('color')).toEqual(['red', '']);
  });

  it('does nothing when closed without having opened', () => {
    const { root, props } = fakeRoot({ 'margin-right': ['1px', 'important'] });
    createPagePush(root).set(false);
    expect(props.get('margin-right')).toEqual(['1px', 'important']);
  });
});
