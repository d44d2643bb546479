// Bench fixture, after dist/portal-widgets.js: our widgets are ready when the
// public PortalWidgets.ready promise resolves (module loaded, every [data-pw]
// element mounted). Nothing of the bundle is changed for the bench.
window.PortalWidgets.ready.then(window.benchMarkReady);
