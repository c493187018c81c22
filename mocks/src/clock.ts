/**
 * Mock mode's clock: the real time shifted by an offset, so that date-driven states (a deadline passed, a launch
 * gone live) can be shown today. `?clock=2027-03-02T09:00:00+08:00` in the browser sets it (kept for the tab's
 * origin until `?clock=now`); tests set it with `setClock()`. The bff's procedures read it through ctx.now.
 */
export class MockClock {
  constructor(public offsetMs = 0) {}
  /** Bound, so it can be handed around as `() => Date`. */
  now = () => new Date(Date.now() + this.offsetMs);
  /** Makes `now()` read `at` at this instant (and move on from there). */
  setTo(at: Date | string) {
    this.offsetMs = new Date(at).getTime() - Date.now();
  }
  reset() {
    this.offsetMs = 0;
  }
}
