// The food search (MudAutocomplete) highlights its first result as soon as results show, so her first ↓ moved to the
// second and ↓ Enter chose it. The first ↓ after typing is kept from the component: it lands on the first result,
// where a listbox's first ↓ lands, and Enter then chooses it. Listeners on window in the capture phase run before
// Blazor's own, which listen on the document.
(() => {
    const isSearch = target => target instanceof HTMLInputElement && target.matches('input[data-testid=food-search]');
    const listOpen = () => document.querySelector('.mud-popover-open .mud-list-item') !== null;
    let pending = false;

    window.addEventListener('input', e => {
        if (isSearch(e.target)) {
            delete e.target.dataset.arrowed;
        }
    }, true);

    window.addEventListener('keydown', e => {
        if (e.key === 'ArrowDown' && isSearch(e.target) && !e.target.dataset.arrowed && listOpen()) {
            pending = true;
            e.stopPropagation();
            e.preventDefault();
        }
    }, true);

    window.addEventListener('keyup', e => {
        if (e.key === 'ArrowDown' && pending && isSearch(e.target)) {
            pending = false;
            e.target.dataset.arrowed = 'yes';
            e.stopPropagation();
        }
    }, true);
})();
