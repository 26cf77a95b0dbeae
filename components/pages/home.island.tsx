// The browser entry of /: the explorer's island, and the visit list's (scripts/build-islands.mjs).
import { hydrate } from 'preact';
import '../../app/globals.css';
import { devWarnings } from '../explorer/dev-warnings';
import { startStepping } from '../explorer/start-stepping';
import { mountVisitList } from '../ui/visit-list-island';
import { EXPLORER_ISLAND, HomeExplorer, type HomePageProps, LIST_ISLAND } from './HomePage';
import { readPageProps } from './page-props';
import { LocaleContext } from '../ui/locale';

await devWarnings();
const props = readPageProps<HomePageProps>();
const store = startStepping(props.initialView, props.notice);
const setListData = mountVisitList(document.getElementById(LIST_ISLAND)!, store.store, props.list, props.locale);
hydrate(
  <LocaleContext.Provider value={props.locale}>
    <HomeExplorer {...props} store={store.store} onData={(data) => {
      store.setData(data);
      setListData(data);
    }} />
  </LocaleContext.Provider>,
  document.getElementById(EXPLORER_ISLAND)!,
);
