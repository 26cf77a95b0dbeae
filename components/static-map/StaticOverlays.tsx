import type { Palette } from '../map-style';
import type { CaptionPanel, FooterPanel, LegendItem, LegendPanel } from './types';

// The panels laid over the static map (static-map-overlays.ts measures and places them).

function LegendRow({ item, palette }: { item: LegendItem; palette: Palette }) {
  switch (item.kind) {
    case 'title':
    case 'dates':
      return (
        <text x={item.x} y={item.y} font-size={item.size} font-weight={item.kind === 'title' ? 700 : 400} fill={item.kind === 'title' ? palette.ink : palette.muted}>
          {item.text}
        </text>
      );
    case 'swatch':
      return <rect x={item.x} y={item.y} width={item.width} height={item.height} rx={item.rx} fill={item.colour} />;
    case 'traveller':
      return <text x={item.x} y={item.y} font-size={item.size} fill={palette.ink}>{item.text}</text>;
    case 'key':
      return <path d={`M${item.x} ${item.y}h${item.length}`} stroke={palette.muted} stroke-width={item.width} stroke-dasharray={item.dash ?? undefined} />;
    case 'keyLabel':
      return <text x={item.x} y={item.y} font-size={item.size} fill={palette.muted}>{item.text}</text>;
  }
}

export function StaticLegend({ panel, palette }: { panel: LegendPanel; palette: Palette }) {
  return (
    <g class="legend">
      <rect x={panel.box[0]} y={panel.box[1]} width={panel.width} height={panel.height} rx={5} fill={palette.panel} fill-opacity={0.92} />
      {panel.items.map((item) => <LegendRow item={item} palette={palette} />)}
    </g>
  );
}

export function Caption({ panel, palette }: { panel: CaptionPanel; palette: Palette }) {
  const { heading } = panel;
  return (
    <g class="caption">
      <rect x={panel.box[0]} y={panel.box[1]} width={panel.width} height={panel.height} rx={5} fill={palette.panel} fill-opacity={0.92} />
      <text x={heading.x} y={heading.y} font-size={13} font-weight={700} fill={palette.ink}>{heading.text}</text>
      {panel.summary.map(({ x, y, text }) => <text x={x} y={y} font-size={12} fill={palette.ink}>{text}</text>)}
    </g>
  );
}

export function Footer({ panel, palette }: { panel: FooterPanel; palette: Palette }) {
  const { attribution } = panel;
  return (
    <g class="footer" font-size={10} fill={palette.muted}>
      <rect x={panel.box[0]} y={panel.box[1]} width={panel.width} height={panel.height} fill={palette.panel} fill-opacity={0.85} />
      {panel.sources.map(({ x, y, text }) => <text x={x} y={y}>{text}</text>)}
      <text x={attribution.x} y={attribution.y} text-anchor={attribution.end ? 'end' : undefined}>{attribution.text}</text>
    </g>
  );
}
