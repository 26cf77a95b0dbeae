import type { Lang } from '../../content/i18n/lang';
import type { Palette } from '../map-style';
import { SvgText } from './SvgText';
import type { CaptionPanel, FooterPanel, LegendItem, LegendPanel, ScalePanel } from './types';
import { round } from './view';

// The panels laid over the static map (static-map-overlays.ts measures and places them).

function LegendRow({ item, palette, lang }: { item: LegendItem; palette: Palette; lang: Lang }) {
  switch (item.kind) {
    case 'title':
    case 'dates':
      return (
        <SvgText doc={lang} text={item.text} x={item.x} y={item.y} font-size={item.size} font-weight={item.kind === 'title' ? 700 : 400} fill={item.kind === 'title' ? palette.ink : palette.muted} />
      );
    case 'swatch':
      return <rect x={item.x} y={item.y} width={item.width} height={item.height} rx={item.rx} fill={item.colour} />;
    case 'traveller':
      return <SvgText doc={lang} text={item.text} x={item.x} y={item.y} font-size={item.size} fill={palette.ink} />;
    case 'key':
      return <path d={`M${item.x} ${item.y}h${item.length}`} stroke={palette.muted} stroke-width={item.width} stroke-dasharray={item.dash ?? undefined} />;
    case 'keyLabel':
      return <SvgText doc={lang} text={item.text} x={item.x} y={item.y} font-size={item.size} fill={palette.muted} />;
  }
}

export function StaticLegend({ panel, palette, lang }: { panel: LegendPanel; palette: Palette; lang: Lang }) {
  return (
    <g class="legend">
      <rect x={panel.box[0]} y={panel.box[1]} width={panel.width} height={panel.height} rx={5} fill={palette.panel} fill-opacity={0.92} />
      {panel.items.map((item) => <LegendRow item={item} palette={palette} lang={lang} />)}
    </g>
  );
}

export function Caption({ panel, palette, lang }: { panel: CaptionPanel; palette: Palette; lang: Lang }) {
  return (
    <g class="caption">
      <rect x={panel.box[0]} y={panel.box[1]} width={panel.width} height={panel.height} rx={5} fill={palette.panel} fill-opacity={0.92} />
      {panel.heading.map(({ x, y, text }) => <SvgText doc={lang} text={text} x={x} y={y} font-size={13} font-weight={700} fill={palette.ink} />)}
      {panel.summary.map(({ x, y, text }) => <SvgText doc={lang} text={text} x={x} y={y} font-size={12} fill={palette.ink} />)}
    </g>
  );
}

export function Footer({ panel, palette, lang }: { panel: FooterPanel; palette: Palette; lang: Lang }) {
  const { attribution } = panel;
  return (
    <g class="footer" font-size={10} fill={palette.muted}>
      <rect x={panel.box[0]} y={panel.box[1]} width={panel.width} height={panel.height} fill={palette.panel} fill-opacity={0.85} />
      {panel.sources.map(({ x, y, text }) => <SvgText doc={lang} text={text} x={x} y={y} />)}
      <SvgText doc={lang} text={attribution.text} x={attribution.x} y={attribution.y} text-anchor={attribution.end ? 'end' : undefined} />
    </g>
  );
}

/** The scale bar: a bracket as long as the distance above it, on a panel as Leaflet's control. */
export function StaticScale({ panel, palette, lang }: { panel: ScalePanel; palette: Palette; lang: Lang }) {
  const { bar, label } = panel;
  return (
    <g class="scale">
      <rect x={bar.x0 - 2} y={bar.y - bar.tick - 12} width={bar.x1 - bar.x0 + 4} height={bar.tick + 15} fill={palette.panel} fill-opacity={0.8} />
      <path d={`M${round(bar.x0)} ${bar.y - bar.tick}V${bar.y}H${round(bar.x1)}V${bar.y - bar.tick}`} fill="none" stroke={palette.ink} stroke-width={1.5} />
      <SvgText doc={lang} text={label.text} x={round(label.x)} y={label.y} font-size={10} fill={palette.ink} />
    </g>
  );
}
