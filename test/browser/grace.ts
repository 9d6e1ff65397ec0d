// The one fixed delay the hostile-data tests keep on purpose. They check that markup in the data
// never runs; an injected <img src=x onerror> would run its handler only once its request failed,
// and when (as intended) nothing was injected there is no event to wait for: so they wait this long.
export const INJECTED_HANDLER_GRACE_MS = 50;
