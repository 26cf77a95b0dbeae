import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { EMBED_DEFAULTS, type EmbedOptions } from '../../app/_http/embed-options';
import { type EmbedChoice, embedUrl, fixedSnippet, imageUrl, responsiveSnippet } from '../../app/_http/embed-snippets';
import type { MapData, MapTrip } from '../../content/map-data';
import type { ViewState } from '../../content/view';
import { viewTitle } from '../../content/view-title';
import { TripOptions } from './TripOptions';
import { fill } from '../../content/i18n/format';
import { type Lang, LANG_NAMES, LANGS } from '../../content/i18n/lang';
import { useLocale } from './locale';

const SIZE = { min: 320, max: 2000 };
const clampSize = (value: number, fallback: number) => (Number.isFinite(value) && value > 0 ? Math.max(SIZE.min, Math.min(SIZE.max, Math.round(value))) : fallback);

function Choice<V extends string>({ name, legend, values, value, onChange }: {
  name: string;
  legend: string;
  values: { value: V; label: string; lang?: Lang }[];
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="embed-choice">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v.value} lang={v.lang}>
          <input type="radio" name={name} value={v.value} checked={value === v.value} onChange={() => onChange(v.value)} /> {v.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Copies a snippet, saying so; where the clipboard is refused, the snippet is selected for the reader to copy. */
function CopyButton({ label, text, target, onCopied }: { label: string; text: string; target: () => HTMLTextAreaElement | null; onCopied: (message: string) => void }) {
  const { lang, m } = useLocale();
  return (
    <button
      type="button"
      className="copy-button"
      onClick={() => {
        navigator.clipboard.writeText(text).then(
          () => onCopied(fill(m.copied, { what: label })),
          () => {
            target()?.select();
            onCopied(m.clipboardRefused);
          },
        );
      }}
    >
      {fill(m.copy, { what: lang === 'en' ? label.toLowerCase() : label })}
    </button>
  );
}

/** "Embed": a dialog that makes the snippets and image links for the current view, with a live preview. */
export function EmbedBuilder({ data, view }: { data: MapData; view: ViewState }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const { m } = useLocale();
  return (
    <>
      <button type="button" className="embed-open" aria-haspopup="dialog" onClick={() => {
        setOpen(true);
        dialog.current?.showModal();
      }}>{m.embed}</button>
      <dialog ref={dialog} className="embed-builder" aria-labelledby={`${id}-title`} onClose={() => setOpen(false)}>
        <form method="dialog" className="embed-close-form">
          <button className="embed-close" aria-label={m.close}>×</button>
        </form>
        <h2 id={`${id}-title`}>{m.embedTitle}</h2>
        {/* Made anew on each opening, from the view on screen then (and never on the server). */}
        {isOpen && <EmbedForm data={data} view={view} />}
      </dialog>
    </>
  );
}

function EmbedForm({ data, view }: { data: MapData; view: ViewState }) {
  const responsiveArea = useRef<HTMLTextAreaElement>(null);
  const fixedArea = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [trip, setTrip] = useState<string | null>(view.trip);
  const [atVisit, setAtVisit] = useState(view.visit !== null);
  const [options, setOptions] = useState<EmbedOptions>(EMBED_DEFAULTS);
  const { m } = useLocale();
  const [lang, setLang] = useState<Lang>(data.lang);
  const titleAndDates = useCallback((t: MapTrip) => `${t.title}, ${t.dateRange}`, []);
  // As typed; the frame uses the nearest size in range (typing 600 passes through 6 and 60).
  const [widthText, setWidthText] = useState('800');
  const [heightText, setHeightText] = useState('500');
  const width = clampSize(Number(widthText), 800);
  const height = clampSize(Number(heightText), 500);
  const [copied, setCopied] = useState('');
  const origin = window.location.origin;

  const visit = atVisit && view.visit && (trip === null || data.visits.find((v) => v.id === view.visit)?.trip === trip) ? view.visit : null;
  const current = view.visit ? data.visits.find((v) => v.id === view.visit) : null;
  const currentPlace = current ? data.places.find((p) => p.id === current.place) : null;
  const chosenView: ViewState = { trip, visit };
  const choice: EmbedChoice = { view: chosenView, options, width, height, lang, title: fill(m.mapPicture, { title: viewTitle(data, chosenView, m) }) };
  const set = <K extends keyof EmbedOptions>(key: K) => (value: EmbedOptions[K]) => setOptions((o) => ({ ...o, [key]: value }));

  return (
    <>
      <div className="embed-grid">
        <div className="embed-options">
          <label className="embed-field">
            {m.trip}{' '}
            <select value={trip ?? ''} onChange={(e) => setTrip(e.currentTarget.value || null)}>
              <TripOptions trips={data.trips} label={titleAndDates} all={m.allTrips} />
            </select>
          </label>
          {current && currentPlace && (
            <label className="embed-field">
              <input type="checkbox" checked={atVisit} onChange={(e) => setAtVisit(e.currentTarget.checked)} /> {fill(m.embedOpenOn, { place: currentPlace.name[data.lang], date: current.dateLabel })}
            </label>
          )}
          <Choice name="controls" legend={m.controls} value={options.controls} onChange={set('controls')}
            values={[{ value: 'full', label: m.controlsFull }, { value: 'stepper', label: m.controlsStepper }, { value: 'none', label: m.controlsNone }]} />
          <Choice name="theme" legend={m.theme} value={options.theme} onChange={set('theme')}
            values={[{ value: 'auto', label: m.themeAuto }, { value: 'light', label: m.themeLight }, { value: 'dark', label: m.themeDark }]} />
          <Choice name="legend" legend={m.legend} value={options.legend} onChange={set('legend')}
            values={[{ value: 'on', label: m.legendOn }, { value: 'off', label: m.legendOff }]} />
          <Choice name="lang" legend={m.embedLanguage} value={lang} onChange={setLang}
            values={LANGS.map((l) => ({ value: l, label: LANG_NAMES[l], lang: l }))} />
          <fieldset className="embed-choice">
            <legend>{m.size}</legend>
            <label>{m.width} <input type="number" min={SIZE.min} max={SIZE.max} value={widthText}
              onChange={(e) => setWidthText(e.currentTarget.value)} onBlur={() => setWidthText(String(width))} /></label>
            <label>{m.height} <input type="number" min={SIZE.min} max={SIZE.max} value={heightText}
              onChange={(e) => setHeightText(e.currentTarget.value)} onBlur={() => setHeightText(String(height))} /></label>
          </fieldset>
        </div>
        <div className="embed-preview">
          <p className="embed-label">{m.preview}</p>
          <ScaledFrame src={embedUrl(origin, choice)} title={fill(m.previewTitle, { title: choice.title })} width={width} height={height} />
        </div>
      </div>
      <label className="embed-label" htmlFor={`${id}-responsive`}>{m.responsive}</label>
      <textarea id={`${id}-responsive`} ref={responsiveArea} readOnly rows={4} value={responsiveSnippet(origin, choice)} />
      <CopyButton label={m.responsiveSnippet} text={responsiveSnippet(origin, choice)} target={() => responsiveArea.current} onCopied={setCopied} />
      <label className="embed-label" htmlFor={`${id}-fixed`}>{m.plain}</label>
      <textarea id={`${id}-fixed`} ref={fixedArea} readOnly rows={3} value={fixedSnippet(origin, choice)} />
      <CopyButton label={m.plainSnippet} text={fixedSnippet(origin, choice)} target={() => fixedArea.current} onCopied={setCopied} />
      <p className="embed-images">
        {m.downloadImage} <a href={imageUrl(origin, choice, 'png')} download>PNG</a> · <a href={imageUrl(origin, choice, 'svg')} download>SVG</a>
      </p>
      <p role="status" className="embed-copied">{copied}</p>
    </>
  );
}

/** The frame at the chosen size, scaled down to the column: what readers will see, only smaller. */
function ScaledFrame({ src, title, width, height }: { src: string; title: string; width: number; height: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.5);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setScale(element.clientWidth / width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);
  return (
    <div ref={box} className="embed-preview-box" style={{ aspectRatio: `${width} / ${height}` }}>
      <iframe className="embed-preview-frame" src={src} title={title} width={width} height={height}
        style={{ width, height, transform: `scale(${scale})` }} />
    </div>
  );
}
