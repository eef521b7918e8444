// Storyline dashboard: the only script. It shows what was found for a highlight in a small popover
// on hover, keyboard focus or click. Pages work fully without it. Text is set with textContent only.
(() => {
  const tip = document.createElement('div');
  tip.className = 'popover';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  document.addEventListener('DOMContentLoaded', () => document.body.appendChild(tip));

  const show = (el) => {
    const info = el.getAttribute('data-info');
    if (!info) return;
    tip.textContent = info;
    if (el.tagName === 'A') {
      const more = document.createElement('span');
      more.className = 'popover-more';
      more.textContent = ' — open to see every article and quote';
      tip.appendChild(more);
    }
    tip.hidden = false;
    const r = el.getBoundingClientRect();
    const top = window.scrollY + r.bottom + 6;
    const left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.top = `${top}px`;
    tip.style.left = `${left}px`;
  };
  const hide = () => { tip.hidden = true; };
  const target = (e) => (e.target instanceof Element ? e.target.closest('.hl[data-info], .hl-quote[data-info]') : null);

  document.addEventListener('mouseover', (e) => { const t = target(e); if (t) show(t); });
  document.addEventListener('mouseout', (e) => { if (target(e)) hide(); });
  document.addEventListener('focusin', (e) => { const t = target(e); if (t) show(t); else hide(); });
  document.addEventListener('click', (e) => { const t = target(e); if (t && t.tagName !== 'A') show(t); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
})();

// Live updates: pages with a [data-live-list] get each newly stored article from the server's event stream,
// without a reload. Titles are set with textContent, links built from the article id only.
(() => {
  document.addEventListener('DOMContentLoaded', () => {
    const list = document.querySelector('[data-live-list]');
    if (!list || typeof EventSource === 'undefined') return;
    const status = document.querySelector('[data-live-articles]');
    let count = 0;
    const events = new EventSource('/api/events');
    events.addEventListener('article', (e) => {
      let a;
      try { a = JSON.parse(e.data); } catch { return; }
      if (!a || typeof a.id !== 'string' || !/^[0-9a-f]{6,64}$/.test(a.id)) return;
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = `/articles/${a.id}`;
      link.textContent = a.title || a.id;
      li.appendChild(link);
      list.prepend(li);
      count++;
      if (status) status.textContent = `${count} new article${count === 1 ? '' : 's'} since you opened this page.`;
    });
  });
})();
