import { BASEMAP_LEVELS, type BasemapLevel } from '../../../content/basemap';
import { getBasemap } from '../../../content/site-data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return BASEMAP_LEVELS.map((level) => ({ level }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ level: string }> }) {
  const { level } = await params;
  return Response.json(getBasemap(level as BasemapLevel));
}
