// Imported (node --import) into each run of the bundle by ActionRunner: the process's clock starts at
// ROLLOUT_GATE_TEST_CLOCK_START and runs on from there. What a run prints that depends on the time (the
// exposure chart's "holding" bar, to the minute) is then the same on every run of a test, whatever the
// minute it ran in, while timeouts and back-off, which measure elapsed time, still see time pass.
const start = Date.parse(process.env.ROLLOUT_GATE_TEST_CLOCK_START ?? '');
if (!Number.isNaN(start)) {
  const RealDate = Date;
  const offset = start - RealDate.now();
  class StartedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = StartedDate;
}
