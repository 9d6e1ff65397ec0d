// What the map's cursor and the search say after their action opened or closed a state's record:
// one wording for both.
export const RECORD_OPEN = '. Record open.';
export const RECORD_CLOSED = '. Record closed.';
