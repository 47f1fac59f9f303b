// Code that a page may need soon but not to show itself (menus, form dialogs) loads once the person
// starts using the page: on their first pointer move, touch, key or scroll. Loading it while the page
// is still settling (on idle) would only compete with it. docs/page-weight.md.
const EVENTS = ["pointermove", "pointerdown", "keydown", "touchstart", "wheel"] as const;

let pending: Set<() => void> | null = null;
let interacted = false;

function run() {
  interacted = true;
  for (const event of EVENTS) window.removeEventListener(event, run, true);
  const works = pending ?? new Set();
  pending = null;
  // After the event that woke us has been handled.
  setTimeout(() => works.forEach((work) => work()), 0);
}

/** Runs `work` at the page's first interaction (at once if it has happened); returns a cancel function. */
export function onFirstInteraction(work: () => void): () => void {
  if (interacted) {
    const id = setTimeout(work, 0);
    return () => clearTimeout(id);
  }
  if (!pending) {
    pending = new Set();
    for (const event of EVENTS) window.addEventListener(event, run, { capture: true, passive: true });
  }
  pending.add(work);
  return () => pending?.delete(work);
}
