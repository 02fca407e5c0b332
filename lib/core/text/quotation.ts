/** Whether a sentence is all quotation: it opens and closes on a quotation mark ("“No conclusion has been made.”"). */
export function isAllQuotation(text: string): boolean {
  return /^\s*["\u201C']/.test(text) && /["\u201D']\s*$/.test(text);
}
