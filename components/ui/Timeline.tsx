import { type TargetedPointerEvent } from 'preact';
import { memo } from 'preact/compat';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { plural } from '../../content/i18n/format';
import type { MapData, MapTrip } from '../../content/map-data';
import type { ViewState } from '../../content/view';
import { useLocale } from './locale';
import { TripOptions } from './TripOptions';

const SPEEDS = [0.5, 1, 2, 4];
const SWIPE_PX = 40;

interface Mark {
  id: string;
  trip: string;
  /** Position in the step sequence. */
  index: number;
  left: number;
  colour: string;
  label: string;
}

/** Where each visit sits on the axis, in proportion to time, so gaps show (see axisInstants). */
function marks(data: MapData, sequence: string[]): Mark[] {
  const visitById = new Map(data.visits.map((v) => [v.id, v]));
  const colourOf = new Map(data.trips.map((t) => [t.id, t.colour]));
  const placeName = new Map(data.places.map((p) => [p.id, p.name[data.lang]]));
  const visits = sequence.map((id) => visitById.get(id)!);
  const placed = visits.map((v) => v.axisInstant).filter((t) => t !== null);
  const [start, end] = placed.length > 0 ? [Math.min(...placed), Math.max(...placed)] : [0, 0];
  const span = end - start || 1;
  return visits.map((v, i) => ({
    id: v.id,
    trip: v.trip,
    index: i,
    // A trip without any date sits at the start.
    left: (((v.axisInstant ?? start) - start) / span) * 100,
    colour: colourOf.get(v.trip)!,
    label: `${v.dateLabel}, ${placeName.get(v.place)}`,
  }));
}

/** One trip's marks; memoised on where the current step is, so a step re-renders only the trips it touches. */
const TripMarks = memo(function TripMarks({ marks, current, onStep }: {
  marks: Mark[];
  /** The sequence position of the current visit if it is one of these marks, else -1. */
  current: number;
  onStep: (index: number) => void;
}) {
  return marks.map((mark) => <TimelineMark key={mark.id} mark={mark} current={mark.index === current} onStep={onStep} />);
});

function TimelineMark({ mark, current, onStep }: { mark: Mark; current: boolean; onStep: (index: number) => void }) {
  return (
    <button
      type="button"
      tabIndex={-1}
      className="timeline-mark"
      style={{ left: `${mark.left}%`, background: mark.colour }}
      aria-label={mark.label}
      aria-current={current ? 'step' : undefined}
      data-visit={mark.id}
      data-step={mark.index}
      onClick={() => onStep(mark.index)}
    />
  );
}

function axisLabels(data: MapData, sequence: string[]): [string, string] {
  const dated = data.visits.filter((v) => sequence.includes(v.id) && v.date);
  return [dated[0]?.dateLabel ?? '', dated[dated.length - 1]?.dateLabel ?? ''];
}

export function Timeline({ data, sequence, view, playing, speed, onSpeed, onStep, onPlay, onChooseTrip, compact = false }: {
  data: MapData;
  sequence: string[];
  view: ViewState;
  playing: boolean;
  speed: number;
  onSpeed: (speed: number) => void;
  onStep: (index: number) => void;
  onPlay: () => void;
  onChooseTrip: (trip: string | null) => void;
  /** Step buttons and the axis only (no trip chooser or speed). */
  compact?: boolean;
}) {
  const { all, byTrip } = useMemo(() => {
    const all = marks(data, sequence);
    const grouped = new Map<string, Mark[]>();
    for (const mark of all) {
      if (!grouped.has(mark.trip)) grouped.set(mark.trip, []);
      grouped.get(mark.trip)!.push(mark);
    }
    return { all, byTrip: [...grouped.entries()] };
  }, [data, sequence]);
  const [first, last] = useMemo(() => axisLabels(data, sequence), [data, sequence]);
  const { m } = useLocale();
  const travellerAndDates = useCallback((trip: MapTrip) => `${trip.traveller[data.lang]}, ${trip.dateRange}`, [data.lang]);
  const index = view.visit === null ? -1 : sequence.indexOf(view.visit);
  const currentMark = index >= 0 ? all[index] : null;
  const swipeStart = useRef<number | null>(null);
  const axis = useRef<HTMLDivElement>(null);

  // A step button that becomes disabled (first or last visit) would drop focus to the page: keep it on
  // the timeline. Before the browser's next style update, which moves focus off a disabled button.
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (focused instanceof HTMLButtonElement && focused.disabled && focused.closest('.timeline')) axis.current?.focus();
  }, [index]);

  const onPointerDown = (e: TargetedPointerEvent<HTMLElement>) => {
    swipeStart.current = e.clientX;
  };
  const onPointerUp = (e: TargetedPointerEvent<HTMLElement>) => {
    if (swipeStart.current === null) return;
    const dx = e.clientX - swipeStart.current;
    swipeStart.current = null;
    if (Math.abs(dx) < SWIPE_PX) return;
    onStep(dx < 0 ? index + 1 : Math.max(0, index - 1));
  };

  return (
    <div className="timeline">
      <div className="timeline-controls">
        {!compact && <label className="trip-choice">
          <span className="visually-hidden">{m.trip}</span>
          <select value={view.trip ?? ''} onChange={(e) => onChooseTrip(e.currentTarget.value || null)}>
            <TripOptions trips={data.trips} label={travellerAndDates} all={m.allTrips} />
          </select>
        </label>}
        <button type="button" className="step-button" aria-label={m.previousVisit} disabled={index <= 0} onClick={() => onStep(index - 1)}>
          <span aria-hidden="true">◀</span>
        </button>
        <button type="button" className="step-button play-button" aria-label={playing ? m.pause : m.play} aria-pressed={playing} onClick={onPlay}>
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        <button type="button" className="step-button" aria-label={m.nextVisit} disabled={index >= sequence.length - 1} onClick={() => onStep(index + 1)}>
          <span aria-hidden="true">▶▶</span>
        </button>
        {!compact && <label className="speed-choice">
          <span className="visually-hidden">{m.speed}</span>
          {/* Values as strings, as the DOM holds them: Preact sets a number again on every render. */}
          <select value={String(speed)} onChange={(e) => onSpeed(Number(e.currentTarget.value))}>
            {SPEEDS.map((s) => <option key={s} value={String(s)}>{s}×</option>)}
          </select>
        </label>}
        <span className="step-count" aria-hidden="true">
          {index >= 0 ? `${index + 1} / ${sequence.length}` : plural(data.lang, m.visitCount, sequence.length)}
        </span>
      </div>
      <div
        ref={axis}
        className="timeline-axis"
        role="group"
        aria-label={m.timelineLabel}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
      >
        <div className="timeline-track">
          {byTrip.map(([trip, tripMarks]) => (
            <TripMarks key={trip} marks={tripMarks} current={trip === currentMark?.trip ? index : -1} onStep={onStep} />
          ))}
          {/* The current visit is shown by a cursor over its mark, not by restyling the mark: the marks
              sit in a layer of their own that a step then never repaints (thousands, for large content). */}
          {currentMark && (
            <span className="timeline-cursor" aria-hidden="true" style={{ left: `${currentMark.left}%`, background: currentMark.colour }} />
          )}
        </div>
        <div className="timeline-ends" aria-hidden="true">
          <span>{first}</span>
          <span>{last}</span>
        </div>
      </div>
    </div>
  );
}
