// The same with the wasm inlined in the module.
import { mountAll } from '/pkg/dist/portal-widgets.single.mjs';

mountAll();
