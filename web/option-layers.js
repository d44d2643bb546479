// Collects a widget's option sources as JSON texts; C++ checks them and takes
// each option from the strongest source whose value is good
// (shared/core/option_layers.h), so precedence and validation live in one place.
import { wellFormed } from './well-formed.js';

// The OptionLayers value of wasm/common_bindings.cpp.
export function optionLayers(root, named, programmatic) {
  let programmaticText = '';
  if (programmatic !== undefined && programmatic !== null) {
    try {
      programmaticText = JSON.stringify(programmatic);
    } catch (error) {
      programmaticText = '"unserialisable"'; // reported by C++ as not an object
    }
  }
  return {
    dataOptions: wellFormed(root.getAttribute('data-pw-options') || ''),
    named: wellFormed(JSON.stringify(named)),
    programmatic: wellFormed(programmaticText),
    pageLang: wellFormed(document.documentElement.lang || ''),
  };
}

// Named `data-pw-<name>` attributes present on `root`, as an options object.
export function namedAttributes(root, names) {
  const named = {};
  for (const name of names) {
    const value = root.getAttribute('data-pw-' + name);
    if (value !== null) named[name] = value;
  }
  return named;
}
