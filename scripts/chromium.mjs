// How every browser run here launches Chromium: Debian's, never a downloaded
// one, without the background traffic that would disturb tests and timings
// (no browser is downloaded on these machines). Used by the e2e config and
// the benchmark.
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
