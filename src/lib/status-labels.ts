// The one place where each status gets its name: the legend, the data table, the exports and the
// presentation all say the same words.
import type { Status } from './types';

export const STATUS_LABELS: Record<Status, string> = {
  signed: 'Signed',
  uncertain: 'Date uncertain',
  refused: 'Refused',
  absent: 'No record',
  'not-member': 'Not a member',
};
