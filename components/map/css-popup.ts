import { Popup, type PopupOptions } from 'leaflet';

/** The private parts of Leaflet 1.9's Popup that cssPopup builds on. */
interface PopupInternals {
  _map: unknown;
  _container: HTMLElement;
  _contentNode: HTMLElement;
  _content: unknown;
  /** The container's width, which `_updatePosition` centres the popup on its anchor with. */
  _containerWidth?: number;
  _updatePosition(): void;
  /** Sizes the popup to its content: replaced below. */
  _updateLayout(): void;
  /** Puts the content into the popup: replaced below. */
  _updateContent(): void;
  /** Pans the map to show the whole popup, if `autoPan`; reads the container's height. Replaced below. */
  _adjustPan(): void;
}

const px = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? 'none' : `${n}px`);

/**
 * Leaflet's popup, laid out by the browser instead of measured by script.
 *
 * Leaflet sizes a popup by reading its content's width and height in turn (`_updateLayout`),
 * writing a width between each, and reads its height again to pan (`_adjustPan`): each read
 * forces a style and layout pass in the middle of the step. Here `minWidth`, `maxWidth` and
 * `maxHeight` are CSS variables that globals.css turns into the same box (`width: max-content`
 * between the two widths, no taller than the height), and the measuring and panning wait for
 * the browser's own layout of the frame: a ResizeObserver reports once after every observe(), before
 * the frame is painted, when reading sizes costs nothing. There the popup is centred on its
 * anchor, marked scrolled when its text overflows (leaflet.css then lets it scroll), and the map
 * panned as Leaflet would.
 */
export function cssPopup(options?: PopupOptions): Popup {
  const popup = new Popup(options) as Popup & PopupInternals;
  const leafletUpdateContent = popup._updateContent;
  const leafletAdjustPan = popup._adjustPan;

  const afterLayout = new ResizeObserver(() => {
    const container = popup._container;
    afterLayout.unobserve(container);
    if (!popup._map) return;
    // Every read before the first write: after it, a read would force a layout again.
    const width = container.offsetWidth;
    const content = popup._contentNode;
    content.classList.toggle('leaflet-popup-scrolled', content.scrollHeight > content.clientHeight);
    if (width !== popup._containerWidth) {
      popup._containerWidth = width;
      popup._updatePosition();
    }
    leafletAdjustPan.call(popup);
  });

  popup._updateLayout = () => {
    const { style } = popup._contentNode;
    // Until the first layout is measured, centred on a width of 0 (undefined would write NaN).
    popup._containerWidth ??= 0;
    style.setProperty('--popup-min-width', px(popup.options.minWidth));
    style.setProperty('--popup-max-width', px(popup.options.maxWidth));
    style.setProperty('--popup-max-height', px(popup.options.maxHeight));
  };
  // Leaflet takes the content out and puts it back on every update(): whatever had focus in it
  // (the compact popup's "More", toggled from the keyboard) lost it to the page's body.
  popup._updateContent = () => {
    const node = popup._contentNode;
    if (node.childNodes.length === 1 && node.firstChild === popup._content) popup.fire('contentupdate');
    else leafletUpdateContent.call(popup);
  };
  popup._adjustPan = () => {
    afterLayout.unobserve(popup._container);
    afterLayout.observe(popup._container);
  };
  return popup;
}
