// The browser entry of /embed: the explorer's island (scripts/build-islands.mjs).
import { hydrate } from 'preact';
import '../../app/globals.css';
import { devWarnings } from '../explorer/dev-warnings';
import { startStepping } from '../explorer/start-stepping';
import { EmbedPage, type EmbedPageProps } from './EmbedPage';
import { readPageProps } from './page-props';
import { LocaleContext } from '../ui/locale';

await devWarnings();
const props = readPageProps<EmbedPageProps>();
const store = startStepping(props.initialView, props.notice);
hydrate(
  <LocaleContext.Provider value={props.locale}>
    <EmbedPage {...props} store={store.store} onData={store.setData} />
  </LocaleContext.Provider>,
  document.body,
);
