import './gantt.css';

export { GanttPage } from './GanttPage';
export { refreshGanttOnChange } from './gantt-store';
export { GANTT_PATH } from './paths';
