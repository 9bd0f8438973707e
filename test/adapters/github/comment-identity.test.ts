import { describe, expect, it } from 'vitest';
import { firstLine, isOurComment, ourComments, sameLogin, type CommentLike } from '../../../src/adapters/github/comment-identity.js';

const MARKER = '<!-- b3os-readiness:v1';

function comment(id: number, login: string | null, body: string | null, createdAt = '2026-01-05T10:00:00Z'): CommentLike {
  return { id, user: login === null ? null : { login }, body, created_at: createdAt };
}

describe('sameLogin', () => {
  it.each([
    ['github-actions[bot]', 'github-actions', true],
    ['GitHub-Actions[BOT]', 'github-actions[bot]', true],
    ['octocat', 'OctoCat', true],
    ['octocat', 'github-actions[bot]', false],
    ['octocat[bot]x', 'octocat', false],
  ])('sameLogin(%s, %s) is %s', (a, b, expected) => {
    expect(sameLogin(a, b)).toBe(expected);
  });
});

describe('isOurComment', () => {
  it.each([
    ['ours, marker first', comment(1, 'github-actions[bot]', `${MARKER} pr=1 -->\nbody`), true],
    ['ours with CRLF line ends', comment(1, 'github-actions[bot]', `${MARKER} -->\r\nbody`), true],
    ['marker on the second line', comment(1, 'github-actions[bot]', `hello\n${MARKER} -->`), false],
    ['marker after leading text', comment(1, 'github-actions[bot]', `> ${MARKER} -->`), false],
    ['another user pasted the marker', comment(1, 'octocat', `${MARKER} -->`), false],
    ['a deleted (ghost) author', comment(1, null, `${MARKER} -->`), false],
    ['no body', comment(1, 'github-actions[bot]', null), false],
  ])('%s → %s', (_name, candidate, expected) => {
    expect(isOurComment(candidate, MARKER, 'github-actions[bot]')).toBe(expected);
  });
});

describe('isOurComment for a token that cannot name itself', () => {
  it('takes no comment as ours, not even a bot\'s', () => {
    const bot = { ...comment(1, 'acme-ci[bot]', `${MARKER} -->`), user: { login: 'acme-ci[bot]', type: 'Bot' } };
    const person = { ...comment(2, 'octocat', `${MARKER} -->`), user: { login: 'octocat', type: 'User' } };
    expect([isOurComment(bot, MARKER, { unresolved: true }), isOurComment(person, MARKER, { unresolved: true })]).toEqual([false, false]);
  });
});

describe('ourComments', () => {
  it('keeps ours only, oldest first by creation time then id', () => {
    const found = ourComments(
      [
        comment(30, 'github-actions[bot]', `${MARKER} -->`, '2026-01-05T10:02:00Z'),
        comment(20, 'octocat', `${MARKER} -->`, '2026-01-05T09:00:00Z'),
        comment(12, 'github-actions[bot]', `${MARKER} -->`, '2026-01-05T10:01:00Z'),
        comment(11, 'github-actions[bot]', `${MARKER} -->`, '2026-01-05T10:01:00Z'),
      ],
      MARKER,
      'github-actions',
    );
    expect(found.map((c) => c.id)).toEqual([11, 12, 30]);
  });
});

describe('firstLine', () => {
  it.each([
    ['a\nb', 'a'],
    ['a\r\nb', 'a'],
    ['', ''],
  ])('firstLine(%j) is %j', (body, expected) => {
    expect(firstLine(body)).toBe(expected);
  });
});
