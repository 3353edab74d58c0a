export { SegmentBar, type SegmentBarProps } from './SegmentBar';
