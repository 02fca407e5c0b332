/** How the UI orders and picks from a report. Pure, shared by the sidebar and the popup. */

import { PAGE_LIMITS } from '../lib/core/page-limits';
import type { ClaimReport, Match, Report, Stance } from '../lib/core/types';
import type { PageTooLarge } from '../lib/extension/shapes';

/** Conflicts first: they are what a reader most needs to see; then agreements, then the merely related. */
export const STANCE_ORDER: readonly Stance[] = ['conflict', 'agree', 'related'];

/** The words shown with every stance, so that colour is never the only signal. */
export const STANCE_LABEL: Readonly<Record<Stance, string>> = {
  conflict: 'Conflicts',
  agree: 'Agrees',
  related: 'Related',
};

/** A claim's evidence grouped by stance in `STANCE_ORDER`, best score first within a group. */
export function orderEvidence(matches: readonly Match[]): Match[] {
  const rank = (match: Match) => STANCE_ORDER.indexOf(match.stance);
  return [...matches].sort((a, b) => rank(a) - rank(b) || b.score - a.score);
}

/** The claims worth listing: those with at least one matched statement, in article order. */
export function claimsWithEvidence(report: Report): ClaimReport[] {
  return report.claims.filter((claim) => claim.matches.length > 0);
}

export interface ConflictPick {
  claim: ClaimReport;
  match: Match;
}

/** The strongest conflict of each claim, strongest first, at most `limit` of them. */
export function topConflicts(report: Report, limit: number): ConflictPick[] {
  const picks: ConflictPick[] = [];
  for (const claim of report.claims) {
    const best = orderEvidence(claim.matches.filter((match) => match.stance === 'conflict'))[0];
    if (best) picks.push({ claim, match: best });
  }
  return picks.sort((a, b) => b.match.score - a.match.score).slice(0, limit);
}

/** Characters in a megabyte of plain text, near enough for a reader. */
const CHARS_PER_MB = 1_000_000;

const thousands = (n: number) => n.toLocaleString('en');

/** Why a page too large to read was not checked: the same sentence in the sidebar and the popup. */
export function tooLargeSentence(size: PageTooLarge): string {
  const what =
    size.limit === 'text'
      ? `about ${thousands(Math.round(size.chars / CHARS_PER_MB))} MB of text`
      : size.limit === 'depth'
        ? `its markup is nested more than ${thousands(PAGE_LIMITS.depth)} levels deep`
        : size.paragraphs > 0
          ? `${thousands(size.paragraphs)} paragraph${size.paragraphs === 1 ? '' : 's'}, ${thousands(size.elements)} elements in all`
          : `${thousands(size.elements)} elements`;
  return `This page is too large to check (${what}).`;
}

/** What the limits are, and why they exist, for the reader who wonders. */
export const TOO_LARGE_WHY =
  `Crosscheck reads pages of up to ${thousands(PAGE_LIMITS.chars / CHARS_PER_MB)} MB of text, ` +
  `${thousands(PAGE_LIMITS.elements)} elements and ${thousands(PAGE_LIMITS.depth)} levels of nesting, ` +
  'so that reading them never holds up the page.';

/** "1 claim" / "3 claims". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The strongest stance among a claim's evidence (conflict over agreement over relation): its mark. */
export function strongestStance(matches: readonly Match[]): Stance | null {
  for (const stance of STANCE_ORDER) if (matches.some((match) => match.stance === stance)) return stance;
  return null;
}

/** What the sidebar lists: every claim with evidence, or only the conflicts, or only the agreements. */
export type ClaimFilter = 'all' | 'conflict' | 'agree';

export const CLAIM_FILTERS: readonly ClaimFilter[] = ['all', 'conflict', 'agree'];

/**
 * The claims a filter lists, in article order: for `all` the report's own claims, otherwise copies holding
 * only the evidence of the filter's stance.
 */
export function filterClaims(report: Report, filter: ClaimFilter): ClaimReport[] {
  const listed = claimsWithEvidence(report);
  if (filter === 'all') return listed;
  return listed.flatMap((claim) => {
    const matches = claim.matches.filter((match) => match.stance === filter);
    return matches.length > 0 ? [{ ...claim, matches }] : [];
  });
}

/** How many claims each filter lists. */
export function filterCounts(report: Report): Record<ClaimFilter, number> {
  const listed = claimsWithEvidence(report);
  const having = (stance: Stance) =>
    listed.filter((claim) => claim.matches.some((m) => m.stance === stance)).length;
  return { all: listed.length, conflict: having('conflict'), agree: having('agree') };
}
