import { describe, it, expect } from 'vitest';
import { pastForm, verbLemmas, verbLike } from './lemma.js';

describe('verb lemmas', () => {
  it('reads irregular and regular past forms', () => {
    expect(verbLemmas('retook')).toContain('retake');
    expect(verbLemmas('shelled')).toContain('shell');
    expect(pastForm('took')).toBe(true);
    expect(pastForm('take')).toBe(false);
  });
  it('takes no property of a plain object for an irregular verb', () => {
    for (const w of ['constructor', '__proto__', 'valueof', 'hasownproperty']) {
      expect(verbLemmas(w).every((x) => typeof x === 'string')).toBe(true);
      expect(verbLike(w)).toBe(false);
      expect(pastForm(w)).toBe(false);
    }
  });
});
