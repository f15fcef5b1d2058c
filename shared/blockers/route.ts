/**
 * The blocker panel's route in the app (`#/blocker/<id>`), for links and notification clicks.
 * A module of its own without schemas: the page imports it, and zod's schemas probe `new
 * Function` when they are built, which the page's CSP reports as a violation.
 */
export function blockerPanelRoute(id: string): string {
  return `/blocker/${encodeURIComponent(id)}`;
}
