// One place for "continue in a later task": the first view is cut into tasks this way, so a tap
// or a paint can come in between (a microtask would not let them).

/** Resolves in a later task (the browser may paint and handle input in between). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
