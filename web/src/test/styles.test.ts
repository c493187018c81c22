import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';

// setup.ts answers "no" for a style rule whose last compound names a class the element lacks, before jsdom's
// selector engine: what CSS hides must stay hidden to the role queries, and what it does not must stay visible.
afterEach(() => {
  document.head.querySelectorAll('style[data-test]').forEach((s) => s.remove());
  document.body.innerHTML = '';
});

function style(css: string) {
  const el = document.createElement('style');
  el.dataset.test = '';
  el.textContent = css;
  document.head.append(el);
}

it('a class rule hides what has the class, scoped by :where as antd writes it, and nothing else', () => {
  style(':where(.css-dev-only-do-not-override-abc).ant-select-dropdown-hidden { display: none }');
  document.body.innerHTML =
    '<div class="css-dev-only-do-not-override-abc ant-select-dropdown ant-select-dropdown-hidden"><button>hidden</button></div>' +
    '<div class="css-dev-only-do-not-override-abc ant-select-dropdown"><button>shown</button></div>';
  expect(getComputedStyle(document.querySelector('.ant-select-dropdown-hidden')!).display).toBe('none');
  expect(screen.queryByRole('button', { name: 'hidden' })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'shown' })).toBeInTheDocument();
});

it('descendant, list and media rules still match, and rules without a class are left to jsdom', () => {
  style(
    '.menu > .item-off, .gone { visibility: hidden } @media screen { .panel .tab-hidden:not(.keep) { display: none } } ' +
      'section[hidden-by-attr] { display: none } p { color: rgb(1, 2, 3) }',
  );
  document.body.innerHTML =
    '<div class="menu"><a class="item-off" href="#a">off</a><a class="item-on" href="#b">on</a></div>' +
    '<span class="gone"><button>gone</button></span>' +
    '<div class="panel"><div class="tab-hidden"><button>tab</button></div><div class="tab-hidden keep"><button>kept</button></div></div>' +
    '<section hidden-by-attr><button>attr</button></section><p>text</p>';
  expect(screen.queryByRole('link', { name: 'off' })).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'on' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'gone' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'tab' })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'kept' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'attr' })).not.toBeInTheDocument();
  expect(getComputedStyle(document.querySelector('p')!).color).toBe('rgb(1, 2, 3)');
});
