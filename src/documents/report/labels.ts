// The view models' name for a catalogue text (templates/copy/sv.json, read by src/html/copy.ts):
// one place to reword or translate; a missing key fails loudly.
export { copy as label } from '../../html/copy.js';
