// The search box: suggestions as you type (arrow keys to move, Enter to choose, Escape to close).
import { h, swatch } from '../dom.ts';
import { kindColor } from '../palette.ts';
import type { SearchHit, createSearchIndex } from '../searchIndex.ts';

export interface SearchOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  index: ReturnType<typeof createSearchIndex>;
  onChoose: (node: string) => void;
}

export function mountSearch({ input, list, index, onChoose }: SearchOptions): void {
  let hits: SearchHit[] = [];
  let active = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const item = h(
          'li',
          { attrs: { role: 'option', id: `suggestion-${i}`, 'aria-selected': String(i === active) }, className: i === active ? 'active' : '' },
          swatch(kindColor(hit.kind)),
          h('span', { className: 'suggestion-name' }, hit.name),
          hit.via ? h('span', { className: 'suggestion-via' }, hit.via) : null,
          h('span', { className: 'suggestion-kind' }, hit.kind),
        );
        // mousedown, not click: it fires before the input's blur closes the list.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(i);
        });
        return item;
      }),
    );
    if (input.value.trim() && hits.length === 0) list.append(h('li', { className: 'no-match' }, 'No match'));
    list.hidden = list.childElementCount === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (hits.length) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    onChoose(hit.node);
  };

  input.addEventListener('input', () => {
    hits = index.search(input.value);
    active = 0;
    render();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) {
      hits = index.search(input.value);
      render();
    }
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Enter straight after typing: search now, in case no input event has run yet.
      if (!hits.length) hits = index.search(input.value);
      choose(active < hits.length ? active : 0);
    } else if (event.key === 'Escape') {
      close();
      input.blur();
    }
  });

  // "/" focuses the search from anywhere, as in most analyst tools.
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== input && !(event.target instanceof HTMLInputElement)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
