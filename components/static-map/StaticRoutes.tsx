import type { Palette } from '../map-style';
import type { RouteLine } from './types';

/** The legs, each over a halo casing 3 px wider (all casings first, so that no casing covers a line). */
export function StaticRoutes({ routes, palette }: { routes: RouteLine[]; palette: Palette }) {
  return (
    <g fill="none" stroke-linecap="round" stroke-linejoin="round">
      <g stroke={palette.halo} stroke-opacity={0.85}>
        {routes.map(({ d, width }) => <path d={d} stroke-width={width + 3} />)}
      </g>
      {routes.map(({ legId, d, colour, width, dash }) => (
        <path class="route" data-leg={legId} d={d} stroke={colour} stroke-width={width} stroke-dasharray={dash ?? undefined} />
      ))}
    </g>
  );
}
