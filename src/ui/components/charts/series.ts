/** What a chart shows, independent of chart.js: the component turns it into a chart.js config. */
export interface Series {
  label: string;
  data: number[];
  color: string;
}

/** A palette that stays readable for the common colour-vision deficiencies (Okabe–Ito, led by our accent). */
export const PALETTE = ['#2f5bea', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];
