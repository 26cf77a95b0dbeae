import { Control, type ControlOptions } from 'leaflet';
import { useEffect } from 'preact/hooks';
import { useMap } from 'react-leaflet';
import { useLocale } from '../ui/locale';
import { scaleLabel } from '../../content/i18n/format';

/** What of Leaflet's scale control the units go through (its own members, not in its typings). */
interface ScaleInternals {
  _mScale: HTMLElement;
  _getRoundNum(n: number): number;
  _updateScale(element: HTMLElement, label: string, ratio: number): void;
  options: { units: { km: string; m: string } };
}

// Leaflet's metric scale, with the edition's unit symbols: it writes "km" and "m" itself.
const LocalizedScale = Control.Scale.extend({
  _updateMetric(this: ScaleInternals, maxMeters: number) {
    const meters = this._getRoundNum(maxMeters);
    const { km, m } = this.options.units;
    this._updateScale(this._mScale, scaleLabel(meters, { kilometres: km, metres: m }), meters / maxMeters);
  },
}) as unknown as new (options: ControlOptions & { imperial: boolean; units: { km: string; m: string } }) => Control;

/** The map's scale bar, metric, bottom right. */
export function ScaleBar() {
  const map = useMap();
  const { m } = useLocale();
  useEffect(() => {
    const control = new LocalizedScale({ position: 'bottomright', imperial: false, units: { km: m.kilometres, m: m.metres } });
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, m.kilometres, m.metres]);
  return null;
}
