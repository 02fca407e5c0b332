/**
 * Stands in for linkedom's CSS parser (@acemir/cssom) in the extension build. The background parses page
 * snapshots only to run Readability, which never reads a <style> element's sheet; the parser would bring
 * ~100 kB and an `eval` fallback the extension must not ship. Reading a sheet gets an empty one.
 */
export function parse(): { cssRules: never[] } {
  return { cssRules: [] };
}
