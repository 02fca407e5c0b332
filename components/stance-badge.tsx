import type { Stance } from '../lib/core/types';
import { STANCE_LABEL } from './report-helpers';

/** A different shape per stance (triangle, circle with a tick, open circle), so stance reads without colour. */
const ICON_PATHS: Readonly<Record<Stance, string>> = {
  conflict: 'M8 1.8 15 14.2H1Z M8 6v4 M8 11.6v.8',
  agree: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13Z M4.8 8.2 7 10.4 11.2 5.8',
  related: 'M8 2a6 6 0 1 0 0 12a6 6 0 1 0 0-12Z M5 8h6',
};

export interface StanceIconProps {
  stance: Stance;
  /** Pixel size of the square icon. */
  size?: number;
}

/** The stance's shape, drawn in the current text colour. Decorative: always shown beside words. */
export function StanceIcon({ stance, size = 14 }: StanceIconProps) {
  return (
    <svg
      class={`cc-icon cc-icon-${stance}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={ICON_PATHS[stance]} />
    </svg>
  );
}

export interface StanceBadgeProps {
  stance: Stance;
}

/** Icon and word for a stance ("Conflicts", "Agrees", "Related"), in the stance's colour. */
export function StanceBadge({ stance }: StanceBadgeProps) {
  return (
    <span class={`cc-stance cc-stance-${stance}`}>
      <StanceIcon stance={stance} />
      {STANCE_LABEL[stance]}
    </span>
  );
}
