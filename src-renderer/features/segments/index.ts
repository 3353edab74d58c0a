export { SegmentBar, type SegmentBarProps } from './SegmentBar';
export { SegmentSelect } from './SegmentSelect';
