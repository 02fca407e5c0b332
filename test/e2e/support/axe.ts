import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** One axe-core rule broken, with where. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

/**
 * Runs axe-core (the installed package, never a download) in `page` on `include` (a CSS selector; for a
 * shadow root, the host: axe follows open shadow roots) and returns the violations. The source is
 * evaluated through the DevTools protocol, which extension pages' script policy does not block.
 */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axe.source);
  return page.evaluate(async (selector) => {
    const runner = window.axe;
    if (!runner) throw new Error('axe-core did not load');
    const context = selector ? { include: [selector] } : document;
    const results = await runner.run(context, { resultTypes: ['violations'] });
    if (results.passes.length + results.violations.length === 0)
      throw new Error(`axe checked nothing in ${selector}`);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, include);
}
