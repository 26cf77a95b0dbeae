import type { Metadata } from 'next';
import { ExplorerLoader } from '../components/ExplorerLoader';
import { Legend } from '../components/Legend';
import { legendEntries } from '../content/legend-trips';
import { viewMetadata } from './view-metadata';
import { VisitList } from '../components/VisitList';
import { VisitListPager } from '../components/VisitListPager';
import { viewListPage } from '../content/list-pages';
import { getMapData } from '../content/site-data';
import { parseViewParams, previewTrip } from '../content/view-params';
import { viewTitle } from '../content/view-title';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const data = getMapData();
  const { notice: _, ...view } = parseViewParams(await searchParams, data);
  return viewMetadata(data, view, '/');
}

export default async function HomePage({ searchParams }: Props) {
  const data = getMapData();
  const { notice, ...view } = parseViewParams(await searchParams, data);
  const listPageIndex = viewListPage(data, view);
  return (
    <main>
      <ExplorerLoader
        initialView={view}
        preview={{ trip: previewTrip(data, view), title: viewTitle(data, view) }}
        notice={notice}
        embed={null}
        legend={<Legend {...legendEntries(data.trips, view.trip)} />}
        list={
          <VisitListPager server={{ trip: view.trip, page: listPageIndex }}>
            <VisitList data={data} trip={view.trip} page={listPageIndex} current={view.visit} />
          </VisitListPager>
        }
      />
    </main>
  );
}
