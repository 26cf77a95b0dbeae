import { type Palette, PALETTES, type Theme } from '../map-style';
import { renderSvg } from './render-svg';
import { BasemapLevel, BasemapLabels } from './StaticBasemap';
import { Caption, Footer, StaticLegend } from './StaticOverlays';
import { StaticPlaces } from './StaticPlaces';
import { StaticRoutes } from './StaticRoutes';
import type { Overlay, StaticMapLayout } from './types';

// The static map's SVG document, drawn from its layout (static-map.ts frames and places it).

const FONT = "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

function OverlayPanel({ overlay, palette }: { overlay: Overlay; palette: Palette }) {
  if (overlay.kind === 'legend') return <StaticLegend panel={overlay} palette={palette} />;
  if (overlay.kind === 'caption') return <Caption panel={overlay} palette={palette} />;
  return <Footer panel={overlay} palette={palette} />;
}

export function StaticMap({ layout, palette }: { layout: StaticMapLayout; palette: Palette }) {
  const { frame, title } = layout;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={frame[2]}
      height={frame[3]}
      viewBox={frame.join(' ')}
      role="img"
      aria-label={`Map: ${title}`}
      font-family={FONT}
    >
      <title>{title}</title>
      <rect x={frame[0]} y={frame[1]} width={frame[2]} height={frame[3]} fill={palette.sea} />
      {layout.levels.map((paths) => <BasemapLevel paths={paths} palette={palette} />)}
      <BasemapLabels labels={layout.labels} palette={palette} />
      <StaticRoutes routes={layout.routes} palette={palette} />
      <StaticPlaces pins={layout.pins} palette={palette} />
      {layout.overlays.map((overlay) => <OverlayPanel overlay={overlay} palette={palette} />)}
    </svg>
  );
}

/** The document as a string: every text and attribute value escaped by the renderer. */
export function renderStaticSvg(layout: StaticMapLayout, theme: Theme): string {
  return renderSvg(<StaticMap layout={layout} palette={PALETTES[theme]} />);
}
