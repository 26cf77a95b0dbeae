// Proves the import boundaries in eslint.config.mjs bite: each case lints a one-line snippet as
// if it were a file in the named folder, with the project's own config.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = process.env.PROJECT_ROOT ?? new URL('../..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('geo/ imports nothing of the project', async () => {
    expect(await restricted('geo/x.ts', "import { loadContent } from '../content/load';")).toEqual([expect.stringContaining("geo/ is pure: it imports nothing of the project's (geo/README.md)")]);
    expect(await restricted('geo/fixtures/x.ts', "import type { MapLeg } from '../../content/map-data';")).toHaveLength(1);
    expect(await restricted('geo/x.ts', "import along from '@turf/along';\nimport type { Feature } from 'geojson';\nimport { arc } from './great-circle';\nimport { a } from './fixtures/a';")).toEqual([]);
    expect(await restricted('geo/fixtures/x.ts', "import { arc } from '../great-circle';")).toEqual([]);
  });

  it('content/ imports only content/ and geo/; content/i18n/ stays free of zod', async () => {
    expect(await restricted('content/x.ts', "import { staticMap } from '../components/static-map/static-map';")).toEqual([expect.stringContaining('content/ imports only content/ and geo/ (content/README.md)')]);
    expect(await restricted('content/basemap/x.ts', "import { viewParams } from '../../app/_http/view-params';")).toHaveLength(1);
    expect(await restricted('content/basemap/x.ts', "import { loadContent } from '../load';\nimport { positionsBox } from '../../geo/bounds';")).toEqual([]);
    expect(await restricted('content/i18n/x.ts', "import { z } from 'zod';")).toEqual([expect.stringContaining('content/i18n/ must not import zod')]);
    expect(await restricted('content/x.ts', "import { z } from 'zod';")).toEqual([]);
  });

  it('only components/map/ imports Leaflet', async () => {
    expect(await restricted('components/ui/x.tsx', "import L from 'leaflet';")).toEqual([expect.stringContaining('Only components/map/ imports Leaflet')]);
    expect(await restricted('components/static-map/x.tsx', "import { MapContainer } from 'react-leaflet';")).toHaveLength(1);
    expect(await restricted('scripts/x.mjs', "import 'leaflet/dist/leaflet.css';")).toHaveLength(1);
    expect(await restricted('components/map/x.tsx', "import L from 'leaflet';\nimport { MapContainer } from 'react-leaflet';")).toEqual([]);
  });

  it('browser code imports neither zod nor Node built-ins', async () => {
    for (const file of ['components/ui/x.tsx', 'components/explorer/x.ts', 'components/pages/home.island.tsx']) {
      expect(await restricted(file, "import { z } from 'zod';")).toEqual([expect.stringContaining('must not import zod')]);
      expect(await restricted(file, "import { readFileSync } from 'node:fs';\nimport path from 'path';")).toHaveLength(2);
    }
    expect(await restricted('components/pages/HomePage.tsx', "import { z } from 'zod';")).toEqual([]);
  });

  it("app/_http/ imports no route file; nothing imports scripts/, bench/ or e2e/", async () => {
    expect(await restricted('app/_http/x.ts', "import { GET } from '../embed/route';")).toEqual([expect.stringContaining('app/_http/README.md')]);
    expect(await restricted('app/_http/x.ts', "import { GET } from '../route';")).toHaveLength(1);
    expect(await restricted('app/_http/x.ts', "import { staticMap } from '../../components/static-map/static-map';\nimport { parse } from './view-params';")).toEqual([]);
    expect(await restricted('proxy.ts', "import { x } from './scripts/validate';")).toEqual([expect.stringContaining('Nothing outside scripts/, bench/ and e2e/')]);
    expect(await restricted('components/map/x.ts', "import { x } from '../../e2e/fixtures';")).toHaveLength(1);
  });

  it('components/map/ takes only types from components/explorer/', async () => {
    expect(await restricted('components/map/x.ts', "import type { MapMove } from '../explorer/stepping';")).toEqual([]);
    expect(await restricted('components/map/x.ts', "import { createSteppingStore } from '../explorer/stepping';")).toEqual([expect.stringContaining('takes only types from components/explorer/')]);
  });
});
