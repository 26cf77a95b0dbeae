import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { embedStyle, type PageAssets, type PageStyle } from '../../app/_http/page-assets';
import type { ViewCard } from '../../app/_http/view-card';
import type { MapData } from '../../content/map-data';
import { type Locale, LocaleContext } from '../ui/locale';
import { VisitList } from '../ui/VisitList';
import { EmbedPage, type EmbedPageProps } from './EmbedPage';
import { HomePage, type HomePageProps } from './HomePage';
import { PAGE_PROPS_ID } from './page-props';

/** The head every page shares: title, description and link-preview card, icon and styles. */
function Head({ card, style, children }: { card: ViewCard; style: PageStyle; children?: ComponentChildren }) {
  const { image } = card;
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{card.title}</title>
      <meta name="description" content={card.description} />
      {card.canonical && <link rel="canonical" href={card.canonical} />}
      <link rel="alternate" type="application/json+oembed" href={card.oembedUrl} />
      {card.canonical && card.editions.map((e) => <link key={e.lang} rel="alternate" hrefLang={e.lang} href={e.url} />)}
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={card.siteName} />
      <meta property="og:title" content={card.title} />
      <meta property="og:description" content={card.description} />
      <meta property="og:url" content={card.pageUrl} />
      <meta property="og:image" content={image.url} />
      <meta property="og:image:width" content={String(image.width)} />
      <meta property="og:image:height" content={String(image.height)} />
      <meta property="og:image:alt" content={image.alt} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={card.title} />
      <meta name="twitter:description" content={card.description} />
      <meta name="twitter:image" content={image.url} />
      <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      {'href' in style ? <link rel="stylesheet" href={style.href} /> : <style dangerouslySetInnerHTML={{ __html: style.text }} />}
      {children}
    </head>
  );
}

/**
 * A map page: its body drawn here, and the props its island starts from, as JSON beside its script.
 */
function renderMapDocument({ card, script, style }: { card: ViewCard; script: string; style: PageStyle }, props: { locale: Locale }, body: ComponentChildren): string {
  // "<" escaped, so that no value (notices quote the URL) can close the script element.
  const json = JSON.stringify(props).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>${renderToString(
    <html lang={props.locale.lang}>
      <Head card={card} style={style}>
        <script type="module" src={script} />
        <script id={PAGE_PROPS_ID} type="application/json" dangerouslySetInnerHTML={{ __html: json }} />
      </Head>
      <body><LocaleContext.Provider value={props.locale}>{body}</LocaleContext.Provider></body>
    </html>,
  )}`;
}

export function renderEmbedDocument(page: EmbedPageProps, card: ViewCard, assets: PageAssets): string {
  return renderMapDocument({ card, script: assets.embed.script, style: embedStyle(assets.embed) }, page, <EmbedPage {...page} />);
}

/** The visit list is drawn here from the data, and only here: the browser keeps the server's rows. */
export function renderHomeDocument(page: HomePageProps, data: MapData, card: ViewCard, assets: PageAssets): string {
  const visitList = <VisitList data={data} trip={page.list.trip} page={page.list.page} current={page.initialView.visit} />;
  return renderMapDocument({ card, script: assets.home.script, style: { href: assets.home.style } }, page, <HomePage {...page} visitList={visitList} />);
}

/** A page with no script: the handout, in its edition's language. */
export function renderPrintDocument(title: string, assets: PageAssets, locale: Locale, body: ComponentChildren): string {
  return `<!DOCTYPE html>${renderToString(
    <html lang={locale.lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={assets.print.style} />
      </head>
      <body><LocaleContext.Provider value={locale}>{body}</LocaleContext.Provider></body>
    </html>,
  )}`;
}
