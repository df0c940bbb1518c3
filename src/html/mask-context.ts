// Every text a document prints comes from its render context, and much of it is anyone's text:
// names, quotes, baseline labels and narrative from the YAML files of an untrusted data folder.
// A personnummer in any of it is masked in the PDF as everywhere (contract v1.2 §9), whichever
// template or helper prints it: the context's strings are masked once, before rendering, instead
// of trusting every `{{value}}` of every template to remember it. Charts arrive here already drawn
// (trusted markup) and are masked at their own entry, src/charts/worker-client.ts.
import { maskStrings } from '../util/mask-deep.js';

/** A copy of the render context with every string masked (see util/mask-deep.ts). */
export const maskContext = <T>(value: T): T => maskStrings(value);
