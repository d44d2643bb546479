// What a site that uses the ES module writes: import, then mount its markup.
import { mountAll } from '/pkg/dist/portal-widgets.mjs';

mountAll();
