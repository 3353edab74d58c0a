// «نمودار گانت» (#/gantt).
export const GANTT_PATH = '/gantt';
