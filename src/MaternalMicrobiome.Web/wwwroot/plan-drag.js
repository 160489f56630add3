// Dragging a meal in the plan editor (PlanEditorPage). Blazor handles dragstart, dragenter and drop on the server; two
// things have to happen in the browser: Firefox starts a drag only when dragstart puts data on it, and a drop is only
// allowed where dragover is prevented, which Blazor would do only with a server round trip for every dragover.
(() => {
    let mealDrag = false;

    window.addEventListener('dragstart', e => {
        const meal = e.target instanceof Element ? e.target.closest('[data-meal-drag][draggable=true]') : null;
        mealDrag = meal !== null;
        if (meal && e.dataTransfer) {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', meal.dataset.slot ?? 'meal');
        }
    }, true);

    window.addEventListener('dragend', () => {
        mealDrag = false;
    }, true);

    window.addEventListener('dragover', e => {
        if (mealDrag && e.target instanceof Element && e.target.closest('[data-meal-drop]')) {
            e.preventDefault();
            if (e.dataTransfer) {
                e.dataTransfer.dropEffect = 'move';
            }
        }
    }, true);

    // The drop itself is Blazor's; the browser's own (Firefox opens dropped text as an address) is not wanted.
    window.addEventListener('drop', e => {
        if (mealDrag && e.target instanceof Element && e.target.closest('[data-meal-drop]')) {
            e.preventDefault();
        }

        mealDrag = false;
    }, true);
})();
