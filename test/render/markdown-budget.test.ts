import { describe, expect, it } from 'vitest';
import { fitToBudget, utf16Length, utf8Length, type Droppable } from '../../src/render/markdown-budget.js';

/** A document of `parts` (each `size` characters) plus a note per dropped part, and the parts' droppables in order. */
function document(parts: number, size: number) {
  let shown = parts;
  const renders: number[] = [];
  const render = () => {
    renders.push(shown);
    return 'x'.repeat(shown * size) + (shown < parts ? '…' : '');
  };
  const droppables: Droppable[] = Array.from({ length: parts }, (_, i) => ({ cost: size, drop: () => void (shown = Math.min(shown, parts - 1 - i)) }));
  return { render, droppables, renders };
}

describe('fitToBudget', () => {
  it('renders once when the document fits, at the budget exactly', () => {
    const doc = document(3, 10);
    expect(fitToBudget(doc.render, doc.droppables, 30, utf16Length)).toHaveLength(30);
    expect(doc.renders).toEqual([3]);
  });

  it('drops parts enough to cover the excess, then renders again with the note', () => {
    const doc = document(5, 10);
    // 50 > 31: drops two parts (20 ≥ 19), renders 30 + the note.
    expect(fitToBudget(doc.render, doc.droppables, 31, utf16Length)).toBe(`${'x'.repeat(30)}…`);
    expect(doc.renders).toEqual([5, 3]);
  });

  it('drops one more when the note pushes it over again', () => {
    const doc = document(5, 10);
    // 50 > 30: drops two (20), 31 with the note is still over: drops one more.
    expect(fitToBudget(doc.render, doc.droppables, 30, utf16Length)).toBe(`${'x'.repeat(20)}…`);
    expect(doc.renders).toEqual([5, 3, 2]);
  });

  it('returns the last rendering when nothing is left to drop', () => {
    const doc = document(2, 10);
    expect(fitToBudget(doc.render, doc.droppables, 0, utf16Length)).toBe('…');
    expect(fitToBudget(() => 'fixed', [], 1, utf16Length)).toBe('fixed');
  });

  it('stops at the last part when the parts cover less than the excess', () => {
    const doc = document(2, 10);
    const cheap = doc.droppables.map((part) => ({ ...part, cost: 1 }));
    expect(fitToBudget(doc.render, cheap, 0, utf16Length)).toBe('…');
    expect(doc.renders).toEqual([2, 0]);
  });
});

describe('measures', () => {
  it('counts UTF-16 code units and UTF-8 bytes', () => {
    expect(utf16Length('é😀')).toBe(3);
    expect(utf8Length('é😀')).toBe(6);
    expect(utf8Length('')).toBe(0);
  });
});
