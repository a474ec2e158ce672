// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { lockPageScroll } from './lock-page-scroll.js';

const body = () => document.body.style;

describe('lockPageScroll', () => {
  afterEach(() => {
    document.body.removeAttribute('style');
  });

  it('hides the page overflow until released, and puts back the values <body> had', () => {
    body().overflow = 'clip';
    body().marginRight = '3px';
    const release = lockPageScroll(document);
    expect(body().overflow).toBe('hidden');
    release();
    expect(body().overflow).toBe('clip');
    expect(body().marginRight).toBe('3px');
  });

  it('keeps the page locked until the last of several locks is released, in any order', () => {
    const first = lockPageScroll(document);
    const second = lockPageScroll(document);
    first();
    expect(body().overflow).toBe('hidden');
    second();
    expect(body().overflow).toBe('');
    const third = lockPageScroll(document);
    expect(body().overflow).toBe('hidden');
    third();
    expect(body().overflow).toBe('');
  });

  it('counts a release once, however often it is called', () => {
    const first = lockPageScroll(document);
    const second = lockPageScroll(document);
    first();
    first();
    expect(body().overflow).toBe('hidden');
    second();
    expect(body().overflow).toBe('');
  });

  it("keeps the scrollbar's room with a right margin, so the page does not shift", () => {
    // jsdom lays nothing out: a 1,024 px window whose page is 1,009 px wide has a 15 px scrollbar.
    Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: 1009 });
    try {
      body().marginRight = '8px';
      const release = lockPageScroll(document);
      expect(body().marginRight).toBe('23px');
      release();
      expect(body().marginRight).toBe('8px');
    } finally {
      delete (document.documentElement as { clientWidth?: number }).clientWidth;
    }
  });

  it('adds no element to the document and no attribute to <body>', () => {
    const head = document.head.innerHTML;
    const release = lockPageScroll(document);
    expect(document.head.innerHTML).toBe(head);
    expect(document.body.getAttributeNames()).toEqual(['style']);
    release();
  });
});
