export { quintileScores } from '../metrics/quintiles.ts';
