export { IMPORT_PAGES } from './import-kind';
export { ImportPage } from './ImportPage';
// Background jobs (a print run too): following one's progress, and its bar with a cancel button.
export { followJob, type FollowedJob, type JobSnapshot } from './follow-job';
export { JobProgress } from './JobProgress';
