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
