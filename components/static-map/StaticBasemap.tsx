import type { Lang } from '../../content/i18n/lang';
import { BORDER_LINE, type Palette, REGION_BORDER_LINE, RIVER_LINE } from '../map-style';
import { COUNTRY_LETTER_SPACING } from './view';
import { SvgText } from './SvgText';
import type { BasemapLabel, BasemapPaths } from './types';

// The basemap of the static map: each level's sea mask, land, lakes, rivers, region and country borders, and the names of countries and seas.

export function BasemapLevel({ paths, palette }: { paths: BasemapPaths; palette: Palette }) {
  return (
    <>
      {paths.seaMask && <path d={paths.seaMask} fill={palette.sea} />}
      <path d={paths.land} fill={palette.land} fill-rule="evenodd" />
      {paths.lake && <path class="lakes" d={paths.lake} fill={palette.sea} />}
      {paths.river && <path class="rivers" d={paths.river} fill="none" stroke={palette.river} stroke-width={RIVER_LINE.width} stroke-linejoin="round" />}
      {paths.regionBorder && (
        <path class="region-borders" d={paths.regionBorder} fill="none" stroke={palette.regionBorder} stroke-width={REGION_BORDER_LINE.width} stroke-dasharray={REGION_BORDER_LINE.dash} />
      )}
      {paths.border && <path d={paths.border} fill="none" stroke={palette.border} stroke-width={BORDER_LINE.width} stroke-dasharray={BORDER_LINE.dash} />}
    </>
  );
}

export function BasemapLabels({ labels, palette, lang }: { labels: BasemapLabel[]; palette: Palette; lang: Lang }) {
  return (
    <>
      {labels.map(({ x, y, name, sea }) => (
        <SvgText
          doc={lang}
          text={name}
          x={x}
          y={y}
          text-anchor="middle"
          font-size={11}
          letter-spacing={sea ? 0 : COUNTRY_LETTER_SPACING}
          fill={sea ? palette.seaLabel : palette.countryLabel}
          font-style={sea ? 'italic' : undefined}
        />
      ))}
    </>
  );
}
