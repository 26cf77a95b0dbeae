// The browser entry of /embed, bundled with Preact by app/embed/bundle.mjs (see there why).
import { hydrateRoot } from 'react-dom/client';
import '../app/globals.css';
import { EMBED_PROPS_ID, EmbedPage, type EmbedPageProps } from './EmbedPage';

const props = JSON.parse(document.getElementById(EMBED_PROPS_ID)!.textContent!) as EmbedPageProps;
hydrateRoot(document.body, <EmbedPage {...props} />);
