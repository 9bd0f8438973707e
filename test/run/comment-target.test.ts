import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/render/checklist-md.js';
import { HEAD_LINE_LENGTH, headShown, withHead } from '../../src/run/comment-target.js';
import { pendingBody } from '../../src/run/pending-comment.js';

const HEAD = 'a1b2c3d'.padEnd(40, '0');

describe('the head a comment shows', () => {
  it('is written on a hidden second line and read back; the line costs HEAD_LINE_LENGTH characters', () => {
    const body = `${COMMENT_MARKER}\n## B3OS production readiness: ✅ ready\n`;
    const marked = withHead(body, HEAD);
    expect(marked).toBe(`${COMMENT_MARKER}\n<!-- b3os-readiness:head ${HEAD} -->\n## B3OS production readiness: ✅ ready\n`);
    expect(marked.length - body.length).toBe(HEAD_LINE_LENGTH);
    expect(headShown(marked)).toBe(HEAD);
    expect(headShown(marked.replace(/\n/g, '\r\n'))).toBe(HEAD);
  });

  it('is unknown for a comment without the line, or with it elsewhere', () => {
    expect(headShown(`${COMMENT_MARKER}\n## old comment\n<!-- b3os-readiness:head ${HEAD} -->`)).toBeUndefined();
  });
});

describe('the pending comment', () => {
  it('names the head being checked and the result that no longer stands, and shows no verdict', () => {
    const body = pendingBody({ head: HEAD, runUrl: 'https://github.com/o/r/actions/runs/7' }, 'f'.repeat(40));
    expect(body).toBe(
      `${COMMENT_MARKER}\n<!-- b3os-readiness:head ${HEAD} -->\n## B3OS production readiness: ⏳ re-checking \`a1b2c3d\`\n\n` +
        '[this run](https://github.com/o/r/actions/runs/7) is checking `a1b2c3d`. The result for `fffffff` no longer stands. ' +
        'This comment shows its result when it finishes; if it stays like this, the run could not publish: see its job summary.\n',
    );
    expect(headShown(body)).toBe(HEAD);
  });
});
