import type { Lang } from '../../content/i18n/lang';
import type { Palette } from '../map-style';
import { SvgText } from './SvgText';
import type { CaptionPanel, FooterPanel, LegendItem, LegendPanel } from './types';

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
