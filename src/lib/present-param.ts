// The URL query parameter that opens presentation mode directly (`?present`, `?present=4`): its
// own module, so the explorer page can see it before the briefing tools' code has loaded.
export const PRESENT_PARAM = 'present';
