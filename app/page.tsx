import { Explorer } from '../components/Explorer';
import { Legend } from '../components/Legend';
import { VisitList } from '../components/VisitList';
import { getMapData } from '../content/site-data';

export default function HomePage() {
  const data = getMapData();
  return (
    <main>
      <Explorer data={data} legend={<Legend data={data} />} list={<VisitList data={data} />} />
    </main>
  );
}
