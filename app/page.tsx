import type { Metadata } from 'next';
import { Explorer } from '../components/Explorer';
import { Legend } from '../components/Legend';
import { viewMetadata } from './view-metadata';
import { VisitList } from '../components/VisitList';
import { getMapData } from '../content/site-data';
import { parseViewParams } from '../content/view-params';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const data = getMapData();
  const { notice: _, ...view } = parseViewParams(await searchParams, data);
  return viewMetadata(data, view, '/');
}

export default async function HomePage({ searchParams }: Props) {
  const data = getMapData();
  const { notice, ...view } = parseViewParams(await searchParams, data);
  return (
    <main>
      <Explorer
        data={data}
        initialView={view}
        notice={notice}
        legend={<Legend data={data} />}
        list={<VisitList data={data} current={view.visit} />}
      />
    </main>
  );
}
