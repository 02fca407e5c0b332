/**
 * A linkedom document installed as the global one, for component and page-helper tests in Node (no jsdom
 * or happy-dom in this project). linkedom has no layout, Range or selection: tests stay on structure.
 */
import { NodeFilter, parseHTML } from 'linkedom';
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';

export function installDom(body = '') {
  const { window, document, Node, Event } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', document);
  vi.stubGlobal('Node', Node);
  vi.stubGlobal('NodeFilter', NodeFilter);
  vi.stubGlobal('Event', Event);
  return document as unknown as Document;
}

/** Renders into a fresh container of the installed document and returns the container. */
export function mount(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(vnode, container);
  });
  return container;
}

export function click(element: Element | null): void {
  if (!element) throw new Error('nothing to click');
  act(() => {
    element.dispatchEvent(new Event('click', { bubbles: true }));
  });
}

/** Sets a form control's value or checkedness and fires the event Preact listens to. */
export function change(
  element: Element | null,
  update: { value?: string; checked?: boolean },
  type = 'change',
) {
  if (!element) throw new Error('nothing to change');
  const control = element as HTMLInputElement;
  if (update.value !== undefined) control.value = update.value;
  if (update.checked !== undefined) control.checked = update.checked;
  act(() => {
    control.dispatchEvent(new Event(type, { bubbles: true }));
  });
}

export const all = (root: ParentNode, selector: string) => Array.from(root.querySelectorAll(selector));
