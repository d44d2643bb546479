// Imports the module and mounts nothing: importing must not mount by itself.
import '/pkg/dist/portal-widgets.mjs';
