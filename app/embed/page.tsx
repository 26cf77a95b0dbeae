import type { Metadata } from 'next';
import { ExplorerLoader } from '../../components/ExplorerLoader';
import { Legend } from '../../components/Legend';
import { tileConfig } from '../../components/TileBasemap';
import { viewMetadata } from '../view-metadata';
import { parseEmbedOptions } from '../../content/embed-options';
import { getMapData } from '../../content/site-data';
import { parseViewParams, previewTrip } from '../../content/view-params';
import { viewTitle } from '../../content/view-title';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const data = getMapData();
  const { notice: _, ...view } = parseViewParams(await searchParams, data);
  return viewMetadata(data, view, '/embed');
}

/** The map and its stepper, nothing else: for other people's pages (may be framed by any origin). */
export default async function EmbedPage({ searchParams }: Props) {
  const params = await searchParams;
  const data = getMapData();
  const { notice, ...view } = parseViewParams(params, data);
  const { options, notices } = parseEmbedOptions(params, tileConfig !== null);
  const allNotices = [notice, ...notices].filter(Boolean).join(' ');
  return (
    <main className="embed-page">
      <ExplorerLoader
        initialView={view}
        preview={{ trip: previewTrip(data, view), title: viewTitle(data, view) }}
        notice={allNotices || null}
        embed={options}
        legend={options.legend === 'on' ? <Legend data={data} trip={view.trip} /> : null}
        list={null}
      />
    </main>
  );
}
