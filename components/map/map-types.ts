import type { Position } from 'geojson';

/** What the single map popup shows. */
export type PopupTarget =
  | { kind: 'place'; places: string[] }
  | { kind: 'visit'; id: string }
  | { kind: 'leg'; id: string; at: Position };

/** A request to bring one visit into view; seq makes a repeat request for the same visit distinct. */
export interface VisitFocus {
  id: string;
  seq: number;
  /** False for the first view of a page, which should not fly in. */
  animate: boolean;
}

/** A request to show a whole trip (or all trips, when null), made when the view has no visit. */
export interface TripFit {
  trip: string | null;
  seq: number;
}

/** Playback in progress: a marker travels the leg that reaches the next visit. */
export interface PlaybackLeg {
  from: string;
  to: string;
}
