import type { Lang } from '../../content/i18n/lang';
import type { Palette } from '../map-style';
import { SvgText } from './SvgText';
import type { Pin } from './types';

/** Each place's dot (ringed for the visit) and its name, in a halo. */
export function StaticPlaces({ pins, palette, lang }: { pins: Pin[]; palette: Palette; lang: Lang }) {
  return (
    <>
      {pins.map(({ x, y, marked, label }) => (
        <g class="place">
          {marked && <circle cx={x} cy={y} r={11} fill="none" stroke={palette.ink} stroke-width={2.5} />}
          <circle cx={x} cy={y} r={marked ? 6 : 4.5} fill={palette.ink} stroke={palette.halo} stroke-width={1.5} />
          {label && (
            <SvgText
              doc={lang}
              text={label.text}
              x={label.x}
              y={label.y}
              text-anchor={label.anchor === 'start' ? undefined : label.anchor}
              font-size={12}
              font-weight={700}
              fill={palette.ink}
              stroke={palette.halo}
              stroke-width={3}
              paint-order="stroke"
              stroke-linejoin="round"
            />
          )}
        </g>
      ))}
    </>
  );
}
