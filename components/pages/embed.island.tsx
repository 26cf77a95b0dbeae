// The browser entry of /embed, bundled with Preact by app/page-bundles.mjs (see there why).
import { hydrateRoot } from 'react-dom/client';
import '../../app/globals.css';
import { EmbedPage, type EmbedPageProps } from './EmbedPage';
import { PAGE_PROPS_ID } from './page-props';

const props = JSON.parse(document.getElementById(PAGE_PROPS_ID)!.textContent!) as EmbedPageProps;
hydrateRoot(document.body, <EmbedPage {...props} />);
