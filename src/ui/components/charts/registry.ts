/**
 * The only module that imports chart.js. It is reached through a dynamic
 * import (load.ts), so the library stays out of the first-screen bundle, and
 * registers just the pieces our line and bar charts use, so tree-shaking can
 * drop the rest (pie, radar, time scales...).
 */
import {
  BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

export { Chart };

/** Axis text and grid follow the page's palette (app.css), so charts read in the dark theme too. */
function followPalette(): void {
  const css = getComputedStyle(document.documentElement);
  Chart.defaults.color = css.getPropertyValue('--muted').trim() || Chart.defaults.color;
  Chart.defaults.borderColor = css.getPropertyValue('--line').trim() || Chart.defaults.borderColor;
}
followPalette();
// Charts drawn after a switch of the system setting take the new colours.
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', followPalette);
