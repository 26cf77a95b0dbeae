import { fill } from '../../content/i18n/format';
import { IMAGE_MESSAGES } from '../../content/i18n/image-messages';
import type { Lang } from '../../content/i18n/lang';
import { type Palette, PALETTES, type Theme } from '../map-style';
import { renderSvg } from './render-svg';
import { BasemapLevel, BasemapLabels } from './StaticBasemap';
import { Caption, Footer, StaticLegend, StaticScale } from './StaticOverlays';
import { StaticPlaces } from './StaticPlaces';
import { StaticRoutes } from './StaticRoutes';
import type { Overlay, StaticMapLayout } from './types';
import { xmlLang } from './SvgText';

// The static map's SVG document, drawn from its layout (static-map.ts frames and places it), marked
// with its edition's language (xml:lang); text in another language is marked where it shows.

const FONT = "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

function OverlayPanel({ overlay, palette, lang }: { overlay: Overlay; palette: Palette; lang: Lang }) {
  if (overlay.kind === 'legend') return <StaticLegend panel={overlay} palette={palette} lang={lang} />;
  if (overlay.kind === 'caption') return <Caption panel={overlay} palette={palette} lang={lang} />;
  if (overlay.kind === 'scale') return <StaticScale panel={overlay} palette={palette} lang={lang} />;
  return <Footer panel={overlay} palette={palette} lang={lang} />;
}

export function StaticMap({ layout, palette }: { layout: StaticMapLayout; palette: Palette }) {
  const { frame, title, lang } = layout;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={frame[2]}
      height={frame[3]}
      viewBox={frame.join(' ')}
      role="img"
      aria-label={fill(IMAGE_MESSAGES[lang].mapTitle, { title })}
      font-family={FONT}
      {...xmlLang(lang)}
    >
      <title>{title}</title>
      <rect x={frame[0]} y={frame[1]} width={frame[2]} height={frame[3]} fill={palette.sea} />
      {layout.levels.map((paths) => <BasemapLevel paths={paths} palette={palette} />)}
      <BasemapLabels labels={layout.labels} palette={palette} lang={lang} />
      <StaticRoutes routes={layout.routes} palette={palette} />
      <StaticPlaces pins={layout.pins} palette={palette} lang={lang} />
      {layout.overlays.map((overlay) => <OverlayPanel overlay={overlay} palette={palette} lang={lang} />)}
    </svg>
  );
}

/** The document as a string: every text and attribute value escaped by the renderer. */
export function renderStaticSvg(layout: StaticMapLayout, theme: Theme): string {
  return renderSvg(<StaticMap layout={layout} palette={PALETTES[theme]} />);
}
