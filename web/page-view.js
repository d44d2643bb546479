// Records this page view with a counter service (data-pw-record, see
// docs/counter-endpoint.md): one POST per page load and endpoint, whatever the
// tabs, with a random visitor id kept in localStorage, never a cookie. The
// leader tab's polls carry the same id as ?visitor=, a heartbeat that keeps
// the reader "online".
const STORAGE_KEY = 'pw-visitor';
// Endpoints this page load has counted itself on, each with its POST settling.
const recorded = new Map();

// crypto.randomUUID exists only on https pages, and many portals are still
// http; a blob: URL ends with a random UUID on any page.
function randomId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
}

function visitorId() {
  try {
    let id = localStorage.getItem(STORAGE_KEY);
    if (!id) localStorage.setItem(STORAGE_KEY, (id = randomId()));
    return id;
  } catch (error) {
    return randomId(); // storage blocked: the reader is one visitor for this page only
  }
}

// Sends the page view. Returns the endpoint to poll, with the visitor's id, and
// a promise that settles once the POST has been answered (or has failed): the
// first poll waits for it, so the reader's first numbers count their own view.
export function recordPageView(endpoint) {
  const id = visitorId();
  if (!recorded.has(endpoint)) {
    // A string body goes as text/plain: a cross-origin POST with no preflight.
    // The answer itself is not needed: the first poll brings the numbers.
    const settled = fetch(endpoint, { method: 'POST', body: JSON.stringify({ visitor: id }) }).then(
      () => {},
      () => {},
    );
    recorded.set(endpoint, settled);
  }
  return {
    pollEndpoint: endpoint + (endpoint.includes('?') ? '&' : '?') + 'visitor=' + id,
    recorded: recorded.get(endpoint),
  };
}
