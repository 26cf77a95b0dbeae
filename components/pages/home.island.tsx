// The browser entry of /, bundled with Preact by app/page-bundles.mjs (see there why).
import { hydrateRoot } from 'react-dom/client';
import '../../app/globals.css';
import { HomePage, type HomePageProps, ServerList } from './HomePage';
import { PAGE_PROPS_ID } from './page-props';

const props = JSON.parse(document.getElementById(PAGE_PROPS_ID)!.textContent!) as HomePageProps;
const listHtml = document.querySelector('.server-list')!.innerHTML;
hydrateRoot(document.body, <HomePage {...props} serverList={<ServerList html={listHtml} />} />);
